from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^callback got: \[49\]$",
            r"^error_callback got: \[TaskFailed\('disk full'\)\]$",
        ),
    ),
]
