from example_cases import Case

ROW = r"\s+\d+\.\d{3} s\s+\d+\.\d\dx\s+\d+\.\d\dx$"

CASES = [
    Case(
        id="quick",
        args=("--task-seconds", "0.001", "--repeat", "1"),
        stdout=(
            r"^\d+ tasks of count_primes\(\d+\); workers: \d+$",
            r"^plain loop: \d+\.\d{3} s \(median of 1 rounds\)$",
            r"^serial s  pool time  speed-up  Amdahl$",
            r"^    0\.00" + ROW,
            r"^    0\.25" + ROW,
            r"^    0\.75" + ROW,
        ),
    ),
]
