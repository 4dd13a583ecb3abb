from example_cases import Case

NAMES = r"pickle +cloudpickle +dill"
SIZES = r"(?: +[\d,]+){3}"
TIMES = r"(?: +\d+\.\d){3}"

CASES = [
    Case(
        # No processes: it times pickling in one process.
        start_methods=(),
        stdout=(
            rf"^bytes +{NAMES}$",
            # Data and an importable function: the same bytes from all three.
            r"^1,000 records +([\d,]+) +\1 +\1$",
            r"^imported function +(\d+) +\1 +\1$",
            # A function in __main__: the standard pickle sends only its name.
            rf"^function in __main__{SIZES}$",
            rf"^microseconds a call +{NAMES}$",
            rf"^1,000 records{TIMES}$",
            rf"^imported function{TIMES}$",
            rf"^function in __main__{TIMES}$",
        ),
    ),
]
