"""Your first pool: the same work done serially, then by a pool of processes.

Times eight equal prime-counting jobs run one after another in this process,
then on a pool with one worker per usable CPU, and prints both times.
"""

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
JOBS = [150_000] * 8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    if hasattr(os, "sched_getaffinity"):
        workers = len(os.sched_getaffinity(0))  # the CPUs this process may use
    else:
        workers = os.cpu_count()

    start = time.perf_counter()
    serial = [count_primes(limit) for limit in JOBS]
    serial_seconds = time.perf_counter() - start

    start = time.perf_counter()  # the pool's time includes starting its workers
    with ctx.Pool(processes=workers) as pool:
        parallel = pool.map(count_primes, JOBS)
        pool.close()  # no more tasks: let the workers exit...
        pool.join()  # ...and wait for them, before `with` would terminate them
    pool_seconds = time.perf_counter() - start

    if parallel != serial:
        raise SystemExit("the pool gave different answers!")
    print(f"answers: {len(JOBS)} jobs, {serial[0]} primes each, identical both ways")
    print(f"serial:           {serial_seconds:6.2f} s")
    print(f"workers:          {workers:6d}")
    print(f"pool:             {pool_seconds:6.2f} s")
    print(f"speed-up:         {serial_seconds / pool_seconds:6.2f}x")
    results = {"workers": workers, "serial": serial_seconds, "pool": pool_seconds}
    if options.json:
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
