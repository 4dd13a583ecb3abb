from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Pool: no result and no error, timed out after 3\.\d s$",
            (
                r"^ProcessPoolExecutor after \d+\.\d\d s: A process in the process pool "
                r"was terminated abruptly"
            ),
            r"^  the slow bystander task failed too: BrokenProcessPool$",
        ),
    ),
]
