from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"^2 of 3 parties arrive, wait\(timeout=0\.5\):\n"
                r"  worker-0: BrokenBarrierError\n"
                r"  worker-1: BrokenBarrierError\n"
                r"  barrier\.broken is True$"
            ),
            (
                r"^3 parties, worker-2 aborts:\n"
                r"  worker-0: BrokenBarrierError\n"
                r"  worker-1: BrokenBarrierError\n"
                r"  worker-2: aborted it\n"
                r"  barrier\.broken is True$"
            ),
        ),
    ),
]
