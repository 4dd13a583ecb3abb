from example_cases import Case

# Two tasks per job keep the matrix quick; the page runs the full job.
CASES = [
    Case(
        args=("--tasks", "2"),
        stdout=(
            r"^Python 3\.\d+\.\d+\S*, GIL (on|off), \d+ workers per pool; speed-up",
            r"^job +serial +threads +processes( +interpreters)?$",
            r"^2 x count_primes\(200000\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
            r"^2 x hash_zeros\(192\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
            # A model this Python lacks is reported, never measured.
            (
                r"^(InterpreterPoolExecutor: not available on this Python \(new in "
                r"Python 3\.14\)$|job .* interpreters$)"
            ),
        ),
    ),
]
