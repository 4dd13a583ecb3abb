from example_cases import Case

CASES = [
    # A Pool runs three helper threads in the parent; a Manager runs its
    # server in another process and adds no thread here.
    Case(
        id="after-pool",
        args=("--first", "pool"),
        stdout=(
            r"^threads before the pool: 1$",
            r"^threads after it started: ([2-9]|\d\d+)$",
            r"^second pool: \[1, 4, 9\]$",
        ),
    ),
    Case(
        id="after-manager",
        args=("--first", "manager"),
        stdout=(
            r"^threads before the manager: 1$",
            r"^threads after it started: 1$",
            r"^second pool: \[1, 4, 9\]$",
        ),
    ),
]
