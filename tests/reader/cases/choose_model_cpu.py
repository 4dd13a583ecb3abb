import sys

from example_cases import Case

# concurrent.futures.InterpreterPoolExecutor is new in 3.14: before that, the
# example says why it has no interpreter pool; from 3.14 on, the pool gets a
# column.
_INTERPRETERS = sys.version_info >= (3, 14)
_POOLS = r"serial +threads +processes" + (r" +interpreters" if _INTERPRETERS else "")
_MISSING = r"^No interpreter pool: concurrent\.futures has no InterpreterPoolExecutor$"

# Two tasks per job and one round keep the matrix quick; the page runs the
# jobs sized by its time budget, over several rounds.
CASES = [
    Case(
        args=("--tasks", "2", "--rounds", "1"),
        stdout=(
            r"^Python 3\.\d+\.\d+\S*, GIL (on|off), \d+ workers? per pool$",
            *(() if _INTERPRETERS else (_MISSING,)),
            r"^Median speed-up vs serial, start-up included:$",
            rf"^job +{_POOLS}$",
            r"^2 x count_primes\(50000\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
            r"^2 x hash_zeros\(32\) +1\.00x +\d+\.\d\dx +\d+\.\d\dx",
        ),
    ),
]
