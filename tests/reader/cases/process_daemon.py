from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^daemon that started a process: exitcode 1$",
            r"^waiting daemon alive as main\(\) returns: True$",
        ),
        stderr=(
            r"AssertionError: daemonic processes are not allowed to have children",
        ),
    ),
]
