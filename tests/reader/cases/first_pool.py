from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^answers: 8 jobs, 13848 primes each, identical both ways$",
            r"^serial: +\d+\.\d\d s$",
            r"^workers: +\d+$",
            r"^pool: +\d+\.\d\d s$",
            r"^speed-up: +\d+\.\d\dx$",
        ),
    ),
]
