from example_cases import Case

ROUND = r"(?: \d+\.\d\d){5} ms a call$"

CASES = [
    Case(
        # No pool, so no start method: it times pickling in one process.
        start_methods=(),
        stdout=(
            r"^a chunk of 100,000 rows, [\d,]+ bytes pickled$",
            rf"^pickle\+unpickle:{ROUND}",
            rf"^ +summarize:{ROUND}",
        ),
    ),
]
