from example_cases import Case

CASES = [
    Case(
        stdout=(
            # 3.10 has no max_tasks_per_child; fork refuses it; else 3 processes.
            (
                r"^max_tasks_per_child(: needs Python 3\.11\+, skipped on 3\.10"
                r"| with fork: ValueError: .*'fork'.*"
                r"|=1: 3 tasks ran in 3 processes)$"
            ),
        ),
    ),
]
