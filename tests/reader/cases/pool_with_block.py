from example_cases import Case

CASES = [
    Case(
        stdout=(
            # Terminated at once: well under the 0.9 s the queue needs.
            r"^block left early: [0-5] of 6 finished$",
            r"^results fetched in the block: 6 of 6 finished$",
        ),
    ),
]
