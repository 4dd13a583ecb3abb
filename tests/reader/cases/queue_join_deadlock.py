from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"\Ajoin, then get:\n  the child's function has returned\n"
                r"  join\(timeout=2\): still alive, exit code None\n"
                r"  get\(\) took 1000000 bytes; then join\(\): exit code 0$"
            ),
            (
                r"^get, then join:\n  the child's function has returned\n"
                r"  get\(\) took 1000000 bytes; then join\(\): exit code 0\n\Z"
            ),
        ),
    ),
    Case(
        # A payload that fits in the pipe's buffer hides the bug.
        id="small-payload",
        args=("--size", "1000"),
        start_methods=("spawn", "fork"),
        stdout=(r"^  join\(timeout=2\): exited, exit code 0$",),
    ),
]
