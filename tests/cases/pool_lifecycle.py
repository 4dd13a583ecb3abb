from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^join\(\) on a running pool: ValueError: Pool is still running$",
            r"^close\(\) then join\(\):     6 of 6 finished$",
            # Terminated at once: well under the 0.9 s the queue needs.
            r"^terminate\(\) then join\(\): [0-5] of 6 finished$",
            r"^  a dropped task's get\(timeout=1\): multiprocessing\.TimeoutError$",
        ),
    ),
]
