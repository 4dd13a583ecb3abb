from example_cases import Case

# Two tasks per job and one round keep the matrix quick; the page runs the
# jobs sized by its time budget, over several rounds.
CASES = [
    Case(
        args=("--tasks", "2", "--rounds", "1"),
        stdout=(
            r"^Python 3\.\d+\.\d+\S*, GIL (on|off), \d+ workers? per pool; median speed-up",
            # Interpreter pools get a column only where they exist (3.14+).
            r"^job +serial +threads +processes( +interpreters)?$",
            r"^2 x count_primes\(50000\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
            r"^2 x hash_zeros\(32\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
        ),
    ),
]
