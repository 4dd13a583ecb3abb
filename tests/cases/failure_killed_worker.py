from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Pool: get\(\) raised multiprocessing\.TimeoutError$",
            r"^Pool: no result and no error after 3\.\d s$",
            r"^Pool: terminate\(\) \+ join\(\) done$",
            (
                r"^ProcessPoolExecutor: BrokenProcessPool: A process in the process pool "
                r"was terminated abruptly"
            ),
            r"^ProcessPoolExecutor: told us after \d+\.\d\d s$",
            r"^  the slow bystander task failed too: BrokenProcessPool$",
        ),
    ),
]
