from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^start-twice:\nAssertionError: cannot start a process twice$",
            r"^join-before-start:\nAssertionError: can only join a started process$",
            (
                r"^close-while-running:\nValueError: Cannot close a process while it is "
                r"still running\. You should first call join\(\) or terminate\(\)\.$"
            ),
            r"^use-after-close:\nValueError: process object is closed$",
        ),
    ),
]
