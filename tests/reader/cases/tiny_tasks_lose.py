from example_cases import Case

ROW = r" +\d+\.\d{4} s +\d+\.\dx the loop$"

CASES = [
    Case(
        id="quick",
        args=("--tasks", "200", "--repeat", "1"),
        stdout=(
            r"^200 tasks of count_primes\(50\); workers: \d+$",
            r"^loop +\d+\.\d{4} s +1\.0x the loop$",
            r"^pool, chunksize=1" + ROW,
            r"^pool, default chunksize" + ROW,
        ),
    ),
]
