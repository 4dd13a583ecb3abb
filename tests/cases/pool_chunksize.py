from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^10000 calls of square\(\) on a pool of 2 workers$",
            r"^variant +median s +vs default$",
            r"^map, chunksize=1 +\d+\.\d{4} +\d+\.\d$",
            # CPython's default for 10000 items and 2 workers: ceil(10000 / 8).
            r"^map, default \(here 1250\) +\d+\.\d{4} +1\.0$",
            r"^map, chunksize=5000 +\d+\.\d{4} +\d+\.\d$",
            r"^imap, default \(1\) +\d+\.\d{4} +\d+\.\d$",
        ),
    ),
    Case(
        id="items",
        args=("--items", "100"),
        stdout=(r"^100 calls of square\(\)", r"^map, default \(here 13\) "),
    ),
    Case(
        id="bad-items",
        args=("--items", "0"),
        returncode=2,
        stderr=(r"error: argument --items: must be >= 1, got 0$",),
    ),
]
