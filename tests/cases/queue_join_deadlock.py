from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^payload: 1000000 bytes$",
            (
                r"^wrong order: join, then get\n  the child's function has returned\n"
                r"  after join\(timeout=2\): still alive, exit code None$"
            ),
            (
                r"^  get\(\) took 1000000 bytes; then join\(\): exit code 0\n"
                r"right order: get, then join\n"
                r"  get\(\) took 1000000 bytes; then join\(\): exit code 0$"
            ),
        ),
    ),
    Case(
        # A payload that fits in the pipe's buffer hides the bug.
        id="small-payload",
        args=("--size", "1000"),
        start_methods=("spawn", "fork"),
        stdout=(r"^  after join\(timeout=2\): exited, code 0$",),
    ),
]
