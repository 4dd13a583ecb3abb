from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^manager: serving on 127\.0\.0\.1:[1-9]\d*$",
            r"^client 0: squared \d+ numbers$",
            r"^client 1: squared \d+ numbers$",
            r"^manager: 20 results, for example 7 -> 49$",
            r"^manager: every square is right; server shut down$",
        ),
    ),
]
