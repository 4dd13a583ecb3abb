from example_cases import Case

# One child per start method in the same run, so the example takes no
# --start-method. 5 x 10,000 checks of a few microseconds each per method.
ROW = r" +\d+\.\d us per check, at best$"

CASES = [
    Case(
        start_methods=(),
        stdout=(r"^fork" + ROW, r"^spawn" + ROW, r"^forkserver" + ROW),
    ),
]
