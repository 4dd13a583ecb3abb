from example_cases import Case

ROW = r" +\d+\.\d{4} s \(median of 2\)$"

CASES = [
    Case(
        args=("--items", "1000", "--repeat", "2"),
        stdout=(
            r"^square\(\) over 1000 numbers, pool of 2 workers$",
            r"^serial, no pool" + ROW,
            r"^Pool\.map, default chunks" + ROW,
            r"^by hand" + ROW,
        ),
    ),
]
