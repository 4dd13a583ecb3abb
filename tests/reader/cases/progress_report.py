from example_cases import Case

CASES = [
    Case(
        stdout=(
            *(
                rf"^done {k}/8 after \d+\.\d\d s: [\d,]+ primes below [\d,]+$"
                for k in range(1, 9)
            ),
            r": 17,984 primes below 200,000$",
            r": 669 primes below 5,000$",
        ),
    ),
]
