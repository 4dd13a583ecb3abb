from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^worker died: BrokenProcessPool: .*terminated abruptly",
            r"^submit\(\) afterwards: BrokenProcessPool, the executor is unusable$",
        ),
    ),
]
