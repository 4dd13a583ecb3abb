from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"\Anested list after the children: \[\]$",
            r"^after storing it back: \['spawn', 'fork', 'forkserver'\]\n\Z",
        ),
    ),
]
