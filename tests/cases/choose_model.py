from example_cases import Case

MODEL_ROWS = (
    r"^serial +1\.00x +1\.00x +1\.00x$",
    r"^threads \(GIL\) +(\d+\.\d\dx|-) +(\d+\.\d\dx|-) +(\d+\.\d\dx|-)$",
    r"^asyncio +- +- +\d+\.\d\dx$",
    r"^multiprocessing Pool +\d+\.\d\dx +\d+\.\d\dx +\d+\.\d\dx$",
    r"^ProcessPoolExecutor +\d+\.\d\dx +\d+\.\d\dx +\d+\.\d\dx$",
    r"^asyncio: not applicable: coroutines share one thread",
    r"^a pool of \d+ busy workers kept \d+\.\d\d CPUs busy \(lowest of a check",
)

# Two tasks per job keep the matrix quick; the page runs the full job and
# asserts the speed claims on its numbers.
CASES = [
    Case(
        args=("--tasks", "2"),
        stdout=(
            r"^Python 3\.\d+\.\d+, (default build \(with GIL\)|free-threaded build)",
            (
                r"^\d+ usable CPUs, 2 tasks per job, start method '\w+', median of 1 "
                r"round\(s\), pool start-up included$"
            ),
            r"^  cpu  = 2 x count_primes\(200000\), \d+ workers per pool$",
            r"^  hash = 2 x sha256_of_zeros\(192\), \d+ workers per pool$",
            r"^  io   = 2 x wait_for_io\(0\.2\), 2 workers per pool$",
            r"^model +cpu +hash +io$",
            *MODEL_ROWS,
        ),
    ),
    Case(
        id="bad-tasks",
        args=("--tasks", "0"),
        returncode=2,
        stderr=(r"error: argument --tasks: must be >= 1, got 0$",),
        start_methods=("spawn",),
    ),
]
