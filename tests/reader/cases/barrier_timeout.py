from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"\Aworker-0: BrokenBarrierError\n"
                r"worker-1: BrokenBarrierError\n"
                r"barrier\.broken is True\n\Z"
            ),
        ),
    ),
]
