from example_cases import Case

MISSING = (
    r"TypeError: NeedsTwo\.__init__\(\) missing 1 required positional argument: 'code'"
)

CASES = [
    Case(
        stdout=(
            r"^Executor, TwoArgs: TwoArgs: a\.txt: error 2$",
            # Since 3.7 (bpo-31699) the executor breaks instead of hanging.
            (
                r"^Executor, NeedsTwo: BrokenProcessPool: A process in the process "
                r"pool was terminated abruptly while the future was running or pending\.$"
            ),
            rf"^  caused by, in the parent: {MISSING}$",
            r"^Pool, TwoArgs: TwoArgs: a\.txt: error 2$",
            # The open CPython bug gh-103061: the pool's result thread died.
            r"^Pool, NeedsTwo: no result after 3 s \(stderr says why\)$",
            # "result_hander" up to 3.11, spelled right from 3.12.
            (
                r"^Pool\.terminate\(\): AssertionError: Cannot have cache with "
                r"result_handl?er not alive$"
            ),
        ),
        stderr=(
            r"^Exception in thread Thread-\d+ \(_handle_results\):$",
            r"in _handle_results\n +task = get\(\)$",
            rf"^{MISSING}$",
        ),
    ),
]
