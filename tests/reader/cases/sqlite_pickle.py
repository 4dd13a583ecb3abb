from example_cases import Case

CASES = [
    Case(stdout=(r"^TypeError: cannot pickle 'sqlite3\.Connection' object$",)),
]
