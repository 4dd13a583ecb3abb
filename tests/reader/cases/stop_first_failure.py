from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^first failure: ValueError\('item 1 is malformed'\)$",
            # How many tasks were already handed to the pool varies with timing.
            r"^cancelled: \d+ of 12$",
            r"^ran to the end anyway: \d+$",
        ),
    ),
]
