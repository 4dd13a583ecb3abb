from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Process\.join: returned; is_alive\(\) True, exitcode None$",
            r"^  after release: exitcode 0$",
            r"^Event\.wait: False$",
            r"^Queue\.get: raised queue\.Empty$",
            r"^AsyncResult\.wait: returned; ready\(\) is False$",
            r"^AsyncResult\.get: raised multiprocessing\.TimeoutError$",
            r"^futures\.wait: returned; 0 done, 1 not done$",
            # The builtin on 3.11+, concurrent.futures' own class on 3.10.
            (
                r"^Future\.result: raised (builtins|concurrent\.futures\._base)"
                r"\.TimeoutError$"
            ),
            r"(?s)the task ran on: 1\.0\n.*the task ran on: 1\.0$",
            r"^concurrent\.futures\.TimeoutError is TimeoutError: (True|False)$",
            r"^multiprocessing\.TimeoutError subclasses TimeoutError: False$",
        ),
    ),
]
