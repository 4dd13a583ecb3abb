from example_cases import Case

CASES = [
    Case(
        stdout=(r"^results: \[9, 4, 25, 1\]$",),
        stderr=(
            r"\AMainProcess +INFO +mpguide\.parent: starting 2 workers$",
            r"^\w+PoolWorker-\d+ +INFO +mpguide\.task: item 3 -> 9$",
            (
                r"^\w+PoolWorker-\d+ +WARNING mpguide\.task: item -2 is negative; "
                r"squaring anyway$"
            ),
            r"^\w+PoolWorker-\d+ +INFO +mpguide\.task: item 5 -> 25$",
            r"^\w+PoolWorker-\d+ +INFO +mpguide\.task: item 1 -> 1$",
            r"^MainProcess +INFO +mpguide\.parent: results: \[9, 4, 25, 1\]\n\Z",
        ),
    ),
]
