from example_cases import Case

# Dask's workers start with spawn or forkserver only: with fork they would be
# forked from a parent that already runs Dask's event-loop thread.
DASK_METHODS = ("spawn", "forkserver")

CASES = [
    Case(
        args=("--tasks", "4", "--limit", "20000"),
        start_methods=DASK_METHODS,
        stdout=(
            r"^dask \d\S*, distributed \d\S*, joblib \d\S*$",
            (
                r"^4 tasks of count_primes\(20000\), \d+ workers, "
                r"start method '(spawn|forkserver)'$"
            ),
            r"^serial\s+\d+\.\d\d\s+1\.00x$",
            r"^multiprocessing Pool\s+\d+\.\d\d\s+\d+\.\d\dx$",
            r"^joblib, loky backend\s+\d+\.\d\d\s+\d+\.\d\dx$",
            r"^Dask LocalCluster\s+\d+\.\d\d\s+\d+\.\d\dx$",
            r"^Dask cluster start-up: \d+\.\d\d s \(and \d+\.\d\d s for the second",
            (
                r"^per-task cost, 200 tasks that do nothing: pool \d+\.\d\d ms, "
                r"joblib \d+\.\d\d ms, dask \d+\.\d\d ms$"
            ),
        ),
    ),
    Case(
        id="fork-refused",
        args=("--start-method", "fork"),
        start_methods=(),
        returncode=2,
        stderr=(
            (
                r"^dask_local_cluster\.py: error: Dask workers cannot use start "
                r"method 'fork' here \(choose from spawn, forkserver\)$"
            ),
        ),
    ),
]
