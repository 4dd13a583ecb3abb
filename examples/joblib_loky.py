"""The same CPU-bound job with joblib's Parallel on its default loky backend.

Prints the job time on one worker process per usable CPU, its speed-up over
serial, and the cost per task of 200 empty tasks. Needs: pip install joblib
"""

import argparse
import json
import time
from pathlib import Path

import joblib
from joblib.externals.loky import get_reusable_executor

from mpguide.tasks import count_primes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=16, help="tasks in the job")
    parser.add_argument("--limit", type=int, default=150_000, help="count primes below")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    cpus = joblib.cpu_count()  # counts usable CPUs, container quotas included
    work = [options.limit] * options.tasks
    start = time.perf_counter()
    expected = [count_primes(n) for n in work]
    serial = time.perf_counter() - start

    seconds = []
    # max_nbytes=None: no arrays to memory-map to files (none are passed here).
    with joblib.Parallel(n_jobs=cpus, timeout=120, max_nbytes=None) as parallel:
        parallel(joblib.delayed(count_primes)(0) for _ in range(cpus))  # warm up
        for tasks in (work, [0] * 200):
            start = time.perf_counter()
            answers = parallel(joblib.delayed(count_primes)(n) for n in tasks)
            seconds.append(time.perf_counter() - start)
            if tasks is work and answers != expected:
                raise SystemExit(f"joblib got {answers}, serial got {expected}")
    # loky keeps its workers for the next Parallel call: stop them now.
    get_reusable_executor().shutdown(wait=True)

    print(f"joblib {joblib.__version__}, {cpus} workers, {options.tasks} tasks")
    print(f"serial {serial:.2f} s, joblib {seconds[0]:.2f} s:", end=" ")
    print(f"{serial / seconds[0]:.2f}x; {1e3 * seconds[1] / 200:.2f} ms per empty task")
    if options.json:
        results = {"cpus": cpus, "serial": serial, "joblib": seconds}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
