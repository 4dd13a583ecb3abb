from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^futures\.wait: 0 done, 1 not done$",
            # The builtin on 3.11+, concurrent.futures' own class on 3.10.
            (
                r"^Future\.result: raised "
                r"<class '(TimeoutError|concurrent\.futures\._base\.TimeoutError)'>$"
            ),
            r"^the task ran on: 1\.0$",
        ),
    ),
]
