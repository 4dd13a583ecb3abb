from example_cases import Case

CASES = [
    Case(
        args=("--tasks", "4", "--limit", "20000"),
        # Dask's workers start with spawn or forkserver only: with fork they
        # would be forked from a parent that already runs Dask's event loop.
        start_methods=("spawn", "forkserver"),
        stdout=(
            r"^dask \d\S*, \d+ workers, 4 tasks of count_primes\(20000\), then 200",
            r"^ +job +speed-up +per task$",
            r"^serial +\d+\.\d\ds +1\.00x$",
            r"^Pool +\d+\.\d\ds +\d+\.\d\dx +\d+\.\d\d ms$",
            r"^Dask +\d+\.\d\ds +\d+\.\d\dx +\d+\.\d\d ms$",
            r"^Dask cluster start-up: \d+\.\d\d s$",
        ),
    ),
    Case(
        id="fork-refused",
        args=("--start-method", "fork"),
        start_methods=(),
        returncode=2,
        stderr=(r"argument --start-method: invalid choice: 'fork'",),
    ),
]
