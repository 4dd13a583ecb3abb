from example_cases import Case

CASES = [
    Case(
        id="quick",
        args=("--largest", "65536", "--repeat", "1"),
        stdout=(
            r"^  payload  pickle\+unpickle  round trip    MB/s$",
            r"^    1 KiB\s+\d+\.\d{3} ms\s+\d+\.\d{3} ms\s+\d+$",
            r"^   64 KiB\s+\d+\.\d{3} ms\s+\d+\.\d{3} ms\s+\d+$",
        ),
    ),
]
