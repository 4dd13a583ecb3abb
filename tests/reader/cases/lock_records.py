from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^4 workers appended 3000 records each, holding a Lock for each record$",
            r"^worker 0: 3000 whole records$",
            r"^worker 3: 3000 whole records$",
            r"^broken lines: 0$",
        ),
    ),
    Case(
        id="no-lock",
        args=("--no-lock", "--records", "50"),
        # Without the lock the count of broken lines varies (it may be 0).
        stdout=(r"^4 workers appended 50 records each, without a lock$",),
    ),
]
