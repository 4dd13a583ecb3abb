from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^as the target: exit code 0, and the count is gone$",
            r"^through a queue: 1229 primes below 10000$",
            r"^through a pool: 1229$",
        ),
    ),
]
