from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^join\(\) on a running pool: ValueError: Pool is still running$",
            r"^close\(\) then join\(\):     6 of 6 finished$",
        ),
    ),
]
