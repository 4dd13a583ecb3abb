from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^1,000,000 int64s copied into block \S+$",
            (
                r"^the workers' sums: \[124999500000, 124999750000, "
                r"125000000000, 125000250000\]$"
            ),
            r"^total == N\(N-1\)/2: True$",
        ),
    ),
]
