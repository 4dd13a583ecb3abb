from example_cases import Case

# Two tasks per job keep the matrix quick; the page runs the full job.
CASES = [
    Case(
        args=("--tasks", "2"),
        stdout=(
            r"^Python 3\.\d+\.\d+\S*, GIL (on|off), \d+ workers per pool; speed-up",
            # Interpreter pools get a column only where they exist (3.14+).
            r"^job +serial +threads +processes( +interpreters)?$",
            r"^2 x count_primes\(200000\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
            r"^2 x hash_zeros\(192\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
        ),
    ),
]
