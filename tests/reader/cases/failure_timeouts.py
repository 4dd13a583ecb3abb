from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Process\.join: None\n  then is_alive\(\) True, exitcode None$",
            r"^  after release: exitcode 0$",
            r"^Event\.wait: False$",
            r"^Queue\.get: raised queue\.Empty$",
        ),
    ),
]
