from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^6 workers, 5 rounds each, Semaphore\(2\)$",
            r"^most seen inside at once: [12]; inside at the end: 0$",
        ),
    ),
    Case(
        id="limit-1",
        args=("--limit", "1"),
        stdout=(r"^most seen inside at once: 1; inside at the end: 0$",),
    ),
]
