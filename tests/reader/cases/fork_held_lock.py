from example_cases import Case

CASES = [
    # The fork child has a copy of LOCK in its held state and no thread that
    # could release it; spawn and forkserver children import a fresh LOCK.
    Case(
        id="fork",
        start_methods=("fork",),
        stdout=(r"^fork worker took the lock: False$",),
        # 3.12+ warns that the process forked while multi-threaded (only when
        # warnings are shown; the test runs with the default filters).
    ),
    Case(
        id="fresh-interpreter",
        start_methods=("spawn", "forkserver"),
        stdout=(r"^(spawn|forkserver) worker took the lock: True$",),
    ),
]
