from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^manager: serving on 127\.0\.0\.1:[1-9]\d*$",
            r"^client 0: squared \d+ numbers$",
            r"^client 1: squared \d+ numbers$",
            r"^manager: client exit codes \[0, 0\], 20 results$",
            r"^manager: for example 7 -> 49; server shut down$",
        ),
    ),
]
