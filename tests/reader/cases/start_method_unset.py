from example_cases import Case

CASES = [
    # No --start-method: the lesson is what happens when nobody chose one.
    Case(
        start_methods=(),
        stdout=(
            r"^this platform's default: '(fork|spawn|forkserver)'$",
            r"^get_start_method\(allow_none=True\) -> None$",
            r"^get_start_method\(\) -> '(fork|spawn|forkserver)'$",
            r"^get_start_method\(allow_none=True\) -> '(fork|spawn|forkserver)' \(now fixed\)$",
            r"^set_start_method\('spawn'\) -> RuntimeError: context has already been set$",
        ),
    ),
]
