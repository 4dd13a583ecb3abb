from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^tasks.join\(\) returned: all 8 items marked done$",
            r"^   168 primes below 1,000$",
            r"^   783 primes below 6,000$",
            r"^consumer exit codes: \[0, 0\]$",
        ),
    ),
]
