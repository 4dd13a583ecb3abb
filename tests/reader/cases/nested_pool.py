from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"^Pool worker: AssertionError: "
                r"daemonic processes are not allowed to have children$"
            ),
            r"^ProcessPoolExecutor worker \(daemon=False\): inner pool summed 14$",
        ),
    ),
]
