from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^terminate\(\): terminate-me exitcode -15 \(SIGTERM\)$",
            r"^kill\(\): kill-me exitcode -9 \(SIGKILL\)$",
        ),
    ),
]
