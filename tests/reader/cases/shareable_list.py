from example_cases import Case

CASES = [
    Case(stdout=(r"^word lengths from the children: \[5, 4, 10\]$",)),
]
