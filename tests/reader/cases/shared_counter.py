from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^4 processes x 50,000 increments = 200,000$",
            # The race is real: without the lock some increments are lost.
            r"^without the lock  total +[\d,]+  lost +[1-9][\d,]*$",
            r"^with get_lock\(\)   total   200,000  lost         0$",
        ),
    ),
    Case(
        id="small",
        args=("--times", "1000"),
        stdout=(
            r"^4 processes x 1,000 increments = 4,000$",
            r"^with get_lock\(\)   total     4,000  lost         0$",
        ),
    ),
]
