from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^AsyncResult\.wait: returned; ready\(\) is False$",
            (
                r"^AsyncResult\.get: raised "
                r"<class 'multiprocessing\.context\.TimeoutError'>$"
            ),
            r"^futures\.wait: 0 done, 1 not done$",
            # The builtin on 3.11+, concurrent.futures' own class on 3.10.
            (
                r"^Future\.result: raised "
                r"<class '(TimeoutError|concurrent\.futures\._base\.TimeoutError)'>$"
            ),
            r"(?s)the task ran on: 1\.0\n.*the task ran on: 1\.0$",
        ),
    ),
]
