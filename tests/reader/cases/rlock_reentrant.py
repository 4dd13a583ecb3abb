from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^RLock: first acquire True, second acquire True$",
            r"^ Lock: first acquire True, second acquire False$",
        ),
    ),
]
