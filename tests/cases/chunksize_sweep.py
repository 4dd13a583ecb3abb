from example_cases import Case

ROW = r" +\d+\.\d{4} +\d+\.\d$"

CASES = [
    Case(
        args=("--repeat", "2"),
        stdout=(
            r"^square\(\) over 10000 numbers, pool of 2 workers$",
            r"^variant +median s +vs best$",
            r"^chunksize=1" + ROW,
            # CPython's default for 10000 items and 2 workers: ceil(10000 / 8).
            r"^chunksize=1250 \(default\)" + ROW,
            r"^chunksize=5000" + ROW,
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
