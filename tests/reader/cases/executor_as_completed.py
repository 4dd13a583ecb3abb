from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^as_completed order: \[0\.1, 0\.4, 0\.8\]$",
            r"^map: \[0, 1, 4, 9, 16, 25, 36, 49\]$",
        ),
    ),
]
