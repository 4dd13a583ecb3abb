from example_cases import Case

CASES = [
    Case(
        id="quick",
        args=("--limit", "2000", "--budget", "0.05", "--rounds", "2"),
        stdout=(
            r"^\d+ tasks of count_primes\(2000\); usable CPUs: \d+$",
            r"^workers  seconds  speed-up  ideal  CPUs busy$",
            r"^      1\s+\d+\.\d{3}\s+1\.00x\s+1x\s+\d+\.\d\d$",
            r"^      4\s+\d+\.\d{3}\s+\d+\.\d\dx\s+\d+x\s+\d+\.\d\d$",
        ),
    ),
]
