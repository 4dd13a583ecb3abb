from example_cases import Case

# Small sizes: the matrix checks the script's shape and correctness under
# every start method and Python; the docs page runs the full-size job and
# asserts the speed claims on its numbers.
QUICK = (
    "--cpu-limit",
    "20000",
    "--hash-mb",
    "4",
    "--io-seconds",
    "0.02",
    "--repeat",
    "1",
)
JOB_ROWS = tuple(
    rf"^{job} +\d+\.\d\ds +\d+\.\d\ds +\d+\.\d\ds  time$"
    for job in ("cpu", "hash", "io")
)

CASES = [
    Case(
        args=QUICK,
        stdout=(
            r"^Python 3\.\d+\.\d+, (default build \(with GIL\)|free-threaded build), GIL",
            r"^2 workers, \d+ usable CPUs, 4 tasks per job, start method '\w+'$",
            r"^best of 1 runs each, pool start-up included$",
            r"^job +serial +2 threads +2 processes$",
            *JOB_ROWS,
            r"^ +1\.00x +\d+\.\d\dx +\d+\.\d\dx  speed-up$",
            r"^cpu   = 4 x count_primes\(20000\): pure-Python loop, holds the GIL$",
            r"^hash  = 4 x hash_zeros\(4\): hashlib, releases the GIL$",
            r"^io    = 4 x wait_for_io\(0\.02\): blocking wait, releases the GIL$",
            r"^a pool of \d+ busy workers kept \d+\.\d\d CPUs busy \(lowest of",
        ),
    ),
    Case(
        id="three-workers",
        args=(*QUICK, "--workers", "3", "--tasks", "3"),
        stdout=(
            r"^3 workers, \d+ usable CPUs, 3 tasks per job",
            r"^job +serial +3 threads +3 processes$",
        ),
    ),
    Case(
        id="bad-workers",
        args=("--workers", "0"),
        returncode=2,
        stderr=(r"error: argument --workers: must be >= 1, got 0$",),
        start_methods=("spawn",),
    ),
]
