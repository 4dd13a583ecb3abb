from example_cases import Case

ROW = r" +\d+\.\d{4} +\d+\.\d$"

CASES = [
    # 4000 items, not the page's 10,000: chunksize=1 costs a round trip per
    # item, and a round trip under forkserver was once seen to cost many times
    # its usual price, so the test keeps that part small against its timeout.
    Case(
        args=("--items", "4000", "--repeat", "2"),
        stdout=(
            r"^square\(\) over 4000 numbers, pool of 2 workers$",
            r"^variant +median s +vs best$",
            r"^chunksize=1" + ROW,
            # CPython's default for 4000 items and 2 workers: ceil(4000 / 8).
            r"^chunksize=500 \(default\)" + ROW,
            r"^chunksize=2000" + ROW,
            r"^serial, no pool" + ROW,
        ),
    ),
    Case(
        id="items",
        args=("--items", "100", "--repeat", "1"),
        stdout=(
            r"^square\(\) over 100 numbers",
            r"^chunksize=13 \(default\) ",
            r"^chunksize=50 ",
        ),
    ),
]
