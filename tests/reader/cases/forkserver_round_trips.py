from example_cases import Case

# One pool per start method in the same run, so the example takes no
# --start-method; every method available here gets a row. A map of 2000 tiny
# tasks takes well under a second even when it is several times slower than
# usual, so six rounds of three maps stay far inside the timeout.
ROW = r" +fastest of 5 maps of 2000: \d+\.\d{3} s$"

CASES = [
    Case(
        start_methods=(),
        stdout=(r"^fork" + ROW, r"^spawn" + ROW, r"^forkserver" + ROW),
    ),
]
