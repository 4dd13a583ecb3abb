from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^use-after-with:\nValueError: Pool not running$",
            r"^join-while-running:\nValueError: Pool is still running$",
            r"^result-too-late:\nmultiprocessing\.context\.TimeoutError$",
            (
                r"^unpicklable-result:\nmultiprocessing\.pool\.MaybeEncodingError: Error "
                r"sending result: '<generator object numbers_lazily\.<locals>\.<genexpr> "
                r"at 0x[0-9a-f]+>'\. Reason: "
                r"'TypeError\(\"cannot pickle 'generator' object\"\)'$"
            ),
        ),
    ),
]
