from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"\Athe receiving end cannot send: connection is read-only$",
            r"^received \{'line': 0, 'square': 0\}$",
            r"^received \{'line': 2, 'square': 4\}\nEOFError: .*\n\Z",
        ),
    ),
]
