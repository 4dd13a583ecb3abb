from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^AsyncResult\.wait: returned; ready\(\) is False$",
            (
                r"^AsyncResult\.get: raised "
                r"<class 'multiprocessing\.context\.TimeoutError'>$"
            ),
            r"^the task ran on: 1\.0$",
        ),
    ),
]
