from example_cases import Case

CASES = [
    # The pool's task-feeding thread empties the generator on its own; the
    # example waits for that (with a timeout) before it reads any result.
    Case(
        stdout=(
            r"^input items taken before the first result was read: 10000$",
            r"^first result: 0, total: 333283335000$",
        ),
    ),
]
