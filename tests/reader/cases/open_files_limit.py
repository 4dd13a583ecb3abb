from example_cases import Case

CASES = [
    Case(
        start_methods=(),
        stdout=(r"^after \d+ pipes:\nOSError: \[Errno 24\] Too many open files$",),
    ),
]
