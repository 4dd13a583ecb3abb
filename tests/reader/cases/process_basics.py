from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^parent: pid \d+, start method '\w+'$",
            r"^child alpha: pid \d+, parent pid \d+$",
            r"^child beta: pid \d+, parent pid \d+$",
            r"^parent: alpha exited with code 0$",
            r"^parent: beta exited with code 0$",
            r"^parent: all 2 children succeeded$",
        ),
    ),
    Case(
        id="with-failure",
        args=("--with-failure",),
        returncode=1,
        stdout=(r"^parent: gamma exited with code 1$",),
        stderr=(
            r"^Process gamma:$",
            r"TaskFailed: oops$",
            # sys.exit("...") prints its message on stderr.
            r"^parent: 1 of 3 children failed$",
        ),
    ),
]
