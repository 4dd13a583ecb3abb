from example_cases import Case

# Small tasks: the matrix checks the script's shape and results under every
# start method and Python; the GIL page runs the full-size jobs.
QUICK = ("--scale", "0.08")
JOB_ROWS = (
    r"^count_primes\(20000\) +\d+\.\d\ds +\d+\.\d\ds +\d+\.\d\ds$",
    r"^hash_zeros\(20\) +\d+\.\d\ds +\d+\.\d\ds +\d+\.\d\ds$",
    r"^wait_for_io\(0\.02\) +\d+\.\d\ds +\d+\.\d\ds +\d+\.\d\ds$",
)

CASES = [
    Case(
        args=QUICK,
        stdout=(
            r"^4 tasks per job, 2 workers, \w+$",
            r"^job +serial +threads +processes$",
            *JOB_ROWS,
            r"^  speed-up +1\.00x +\d+\.\d\dx +\d+\.\d\dx$",
        ),
    ),
    Case(
        id="three-workers",
        args=(*QUICK, "--workers", "3", "--tasks", "3"),
        stdout=(r"^3 tasks per job, 3 workers, \w+$",),
    ),
]
