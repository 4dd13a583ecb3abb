from example_cases import Case

CASES = [
    # Not frozen here: freeze_support() returns at once and main() runs once.
    Case(stdout=(r"^frozen: False$", r"^results: \[1, 4, 9\]$")),
]
