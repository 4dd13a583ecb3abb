from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"\Adict: \{'fork': 40, 'forkserver': 100, 'spawn': 50\}$",
            r"^list: \['fork', 'forkserver', 'spawn'\]\n\Z",
        ),
    ),
]
