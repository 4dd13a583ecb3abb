"""The same CPU-bound job with joblib's Parallel on its default loky backend.

Times the job serially and on one worker process per usable CPU, and 200
tasks that do nothing, in interleaved rounds; prints the medians.
Needs: pip install joblib
"""

import argparse
import json
import statistics
import time
from pathlib import Path

import joblib
from joblib.externals.loky import get_reusable_executor

from mpguide.tasks import count_primes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=8, help="tasks in the job")
    parser.add_argument("--limit", type=int, default=150_000, help="count primes below")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    cpus = joblib.cpu_count()  # counts usable CPUs, container quotas included
    work = [options.limit] * options.tasks
    expected = [count_primes(n) for n in work]
    seconds = {"serial": [], "joblib": [], "nothing": []}
    # max_nbytes=None: no arrays to memory-map to files (none are passed here).
    with joblib.Parallel(n_jobs=cpus, timeout=120, max_nbytes=None) as parallel:
        parallel(joblib.delayed(count_primes)(0) for _ in range(cpus))  # warm up
        for _ in range(options.rounds):  # serial and joblib in turn: same load
            start = time.perf_counter()
            [count_primes(n) for n in work]
            seconds["serial"].append(time.perf_counter() - start)
            start = time.perf_counter()
            answers = parallel(joblib.delayed(count_primes)(n) for n in work)
            seconds["joblib"].append(time.perf_counter() - start)
            start = time.perf_counter()
            parallel(joblib.delayed(count_primes)(0) for _ in range(200))
            seconds["nothing"].append(time.perf_counter() - start)
            if answers != expected:
                raise SystemExit(f"joblib got {answers}, serial got {expected}")
    # loky keeps its workers for the next Parallel call: stop them now.
    get_reusable_executor().shutdown(wait=True)

    median = {name: statistics.median(times) for name, times in seconds.items()}
    print(f"joblib {joblib.__version__}; workers: {cpus}; {options.tasks} tasks")
    print(f"median: serial {median['serial']:.2f} s, joblib {median['joblib']:.2f} s;")
    print(f"{1e3 * median['nothing'] / 200:.3f} ms per empty task")
    if options.json:
        Path(options.json).write_text(json.dumps({"cpus": cpus, **seconds}))


if __name__ == "__main__":
    main()
