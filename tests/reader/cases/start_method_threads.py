from example_cases import Case

CASES = [
    # Only the thread that called fork() exists in a fork child; the others
    # start a fresh interpreter.
    Case(
        stdout=(
            r"^parent: 2 threads running$",
            r"^(spawn|fork|forkserver) child: 1 thread\(s\) running$",
        ),
    ),
]
