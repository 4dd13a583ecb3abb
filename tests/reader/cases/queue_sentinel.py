from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^  669 primes below  5,000  \(counted by consumer-\d\)$",
            r"^ 4203 primes below 40,000  \(counted by consumer-\d\)$",
            r"^consumer-0: took \d of the tasks, exit code 0$",
            r"^consumer-2: took \d of the tasks, exit code 0\n\Z",
        ),
    ),
    Case(
        id="one-consumer",
        args=("--consumers", "1"),
        start_methods=("spawn",),
        stdout=(r"^consumer-0: took 8 of the tasks, exit code 0\n\Z",),
    ),
]
