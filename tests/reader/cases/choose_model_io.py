from example_cases import Case

CASES = [
    Case(
        args=("--tasks", "4", "--seconds", "0.05"),
        stdout=(
            r"^4 waits of 0\.05 s, one worker per wait$",
            r"^serial +\d+\.\d\d s +1\.0x$",
            r"^threads +\d+\.\d\d s +\d+\.\dx$",
            r"^coroutines +\d+\.\d\d s +\d+\.\dx$",
            r"^processes +\d+\.\d\d s +\d+\.\dx$",
        ),
    ),
]
