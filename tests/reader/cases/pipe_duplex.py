from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^sent 'queue', received 'QUEUE'\nsent 'pipe', received 'PIPE'$",
            r"^poll\(0.1\) after the child closed: True",
            r"^child exit code 0\n\Z",
        ),
    ),
]
