from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^sent +task pickled +worker read it all$",
            # 8 MiB of data, plus the function's name and pickle's framing.
            r"^the bytes +8,388,\d{3} bytes +True$",
            # A name or a path: tens of bytes (the temporary path's length varies).
            r"^shared memory name +\d{2,3} bytes +True$",
            r"^file path \(mmap\) +\d{2,3} bytes +True$",
        ),
    ),
]
