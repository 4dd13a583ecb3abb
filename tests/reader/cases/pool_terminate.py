from example_cases import Case

CASES = [
    Case(
        stdout=(
            # Terminated at once: well under the 0.9 s the queue needs.
            r"^terminate\(\) then join\(\): [0-5] of 6 finished$",
            r"^  a dropped task's get\(timeout=1\): multiprocessing\.TimeoutError$",
        ),
    ),
]
