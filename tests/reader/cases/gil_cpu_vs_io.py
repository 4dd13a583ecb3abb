from example_cases import Case

# A small time budget and one round: the matrix checks the script's shape and
# results under every start method and Python; the GIL page runs the full jobs.
QUICK = ("--budget", "0.05", "--rounds", "1")
CELL = r"\d+\.\d\ds \(\d+\.\d\dx\)"
JOB_ROWS = tuple(
    rf"^\d+ x {job} +{CELL} +{CELL} +{CELL}$"
    for job in (r"count_primes\(50000\)", r"hash_zeros\(32\)", r"wait_for_io\(0\.05\)")
)

CASES = [
    Case(
        args=QUICK,
        stdout=(
            r"^2 workers, \w+; median seconds \(speed-up\)$",
            r"^job +serial +threads +processes$",
            *JOB_ROWS,
        ),
    ),
    Case(
        id="three-workers",
        args=(*QUICK, "--workers", "3"),
        stdout=(r"^3 workers, \w+; median seconds \(speed-up\)$",),
    ),
]
