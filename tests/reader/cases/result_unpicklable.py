from example_cases import Case

CASES = [
    Case(
        stdout=(
            # Pool wraps the worker's pickling error (bpo-9244, Python 3.2).
            (
                r"^Pool: +MaybeEncodingError: Error sending result: "
                r"'<unlocked _thread\.lock object at 0x[0-9a-f]+>'\. "
                r"Reason: 'TypeError\(\"cannot pickle '_thread\.lock' object\"\)'$"
            ),
            r"^Pool: +next task returned 6\.0$",
            # The executor sends the pickling error itself back (bpo-31699, 3.7).
            r"^Executor: TypeError: cannot pickle '_thread\.lock' object$",
            r"^Executor: next task returned 6\.0$",
        ),
    ),
]
