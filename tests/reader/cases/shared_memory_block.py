from example_cases import Case

SQUARES = ", ".join(str((i * i) % 256) for i in range(16))

CASES = [
    Case(
        stdout=(
            r"^created a block of \d+ bytes$",
            rf"^the children wrote: \[{SQUARES}\]$",
        ),
    ),
]
