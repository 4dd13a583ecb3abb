from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Pool\(1\), chunksize=8: tasks ran in 1 worker process\(es\)$",
            # How many of the three workers get a task depends on timing.
            r"^Pool\(3\), chunksize=1: tasks ran in [123] worker process\(es\)$",
            r"^task 0: \[\d+, \d+, \d+\]$",
            r"^task 7: \[\d+, \d+, \d+\]$",
            r"^identical results in both runs: True$",
        ),
    ),
]
