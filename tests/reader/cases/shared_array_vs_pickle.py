from example_cases import Case

ROUND = r"(?: \d+\.\d){6} ms$"

CASES = [
    Case(
        # No --start-method: the example uses spawn, explicitly.
        start_methods=(),
        stdout=(rf"^pickled:{ROUND}", rf"^ shared:{ROUND}"),
    ),
]
