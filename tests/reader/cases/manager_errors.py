from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^use-after-shutdown:\nBrokenPipeError: \[Errno 32\] Broken pipe$",
            (
                r"^connect-after-shutdown:\nFileNotFoundError: \[Errno 2\] No such file "
                r"or directory$"
            ),
        ),
    ),
]
