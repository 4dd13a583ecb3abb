from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Semaphore\(2\), one release too many: accepted, 3 slots free now$",
            r"^BoundedSemaphore\(2\), one release too many: ValueError: ",
        ),
    ),
]
