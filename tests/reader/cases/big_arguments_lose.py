from example_cases import Case

CASES = [
    Case(
        id="quick",
        args=("--block-mib", "1", "--repeat", "1"),
        stdout=(
            r"^\d+ blocks of 1 MiB; workers: \d+$",
            r"^loop +\d+\.\d{4} s +1\.0x the loop$",
            r"^pool +\d+\.\d{4} s +\d+\.\dx the loop$",
        ),
    ),
]
