from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^first result: task 0$",
            # How many tasks a worker already had varies with timing.
            r"^cancel\(\) succeeded for \d+ of the 9 others$",
            r"^already handed to the pool, stopped by the event: \d+$",
        ),
    ),
]
