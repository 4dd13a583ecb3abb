from example_cases import Case

ROUND = r"(?: \d+){6} ms a round$"

CASES = [
    Case(
        # No --start-method: the example uses spawn, explicitly.
        start_methods=(),
        stdout=(
            # The limited pool's workers report 1 thread for every BLAS.
            (
                r"^BLAS \(library, version, threads\) in a worker: "
                r"\{'default': \[.+\], '1 thread': \[\('\w+', '[^']+', 1\)\]\}$"
            ),
            rf"^ default:{ROUND}",
            rf"^1 thread:{ROUND}",
        ),
    ),
]
