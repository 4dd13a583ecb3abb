from example_cases import Case

CASES = [
    Case(
        id="quick",
        args=("--limit", "5000", "--repeat", "1"),
        stdout=(
            r"^\d+ tasks of count_primes\(5000\), \d+ workers$",
            r"^serial  measured  Amdahl  measured/Amdahl$",
            r"^  0\.00\s+\d+\.\d\dx\s+\d+\.\d\dx\s+\d+\.\d\d$",
            r"^  0\.75\s+\d+\.\d\dx\s+\d+\.\d\dx\s+\d+\.\d\d$",
        ),
    ),
    Case(
        id="bad-limit",
        args=("--limit", "0"),
        returncode=2,
        stderr=(r"^amdahl_curve\.py: error: argument --limit: must be >= 1, got 0$",),
    ),
]
