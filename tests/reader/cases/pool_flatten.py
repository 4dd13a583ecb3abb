from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^10 tasks on one pool of 2 workers$",
            r"^group a: 3 items, sum of squares 5$",
            r"^group b: 5 items, sum of squares 30$",
            r"^group c: 2 items, sum of squares 1$",
        ),
    ),
]
