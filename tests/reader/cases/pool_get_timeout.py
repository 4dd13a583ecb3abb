from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^get\(timeout=0\.2\): multiprocessing\.TimeoutError; ready\(\) is False$",
            r"^get\(timeout=30\) later: 1\.5$",
            r"subclasses builtin TimeoutError: False$",
        ),
    ),
]
