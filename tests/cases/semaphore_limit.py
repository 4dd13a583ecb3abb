from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^6 workers entered the section 30 times in all$",
            r"^at most 2 allowed in at once \(Semaphore\(2\)\)$",
            r"^most seen inside at once: [12]$",
            r"^inside at the end: 0$",
        ),
    ),
    Case(
        id="limit-1",
        args=("--limit", "1"),
        stdout=(r"^most seen inside at once: 1$",),
    ),
]
