"""The same CPU-bound job on a multiprocessing Pool and on a Dask LocalCluster.

Times the job, and 200 tasks that do nothing, serially, on a warm Pool and on
a warm Dask cluster, in interleaved rounds; prints the medians and the
cluster's start-up. Needs: pip install "dask[distributed]"
"""

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

import dask
from distributed import Client, LocalCluster

from mpguide.tasks import count_primes

# No fork: it would copy a parent that already runs Dask's event-loop thread.
START_METHODS = ["spawn", "forkserver"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=8, help="tasks in the job")
    parser.add_argument("--limit", type=int, default=150_000, help="count primes below")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    jobs = {"job": [options.limit] * options.tasks, "nothing": [0] * 200}
    print(f"dask {dask.__version__}; workers: {cpus}; {options.tasks} tasks", end=" ")
    print(f"of count_primes({options.limit}), then 200 of count_primes(0)")
    # Dask starts its worker processes the way its own configuration says.
    dask.config.set({"distributed.worker.multiprocessing-method": options.start_method})
    # Leaving the with block terminates the workers: every result is in by then.
    with multiprocessing.get_context(options.start_method).Pool(cpus) as pool:
        pool.map_async(count_primes, [0] * cpus).get(timeout=120)  # workers ready
        start = time.perf_counter()
        # ":0": any free port for the scheduler's web server, not 8787, so two
        # clusters on one machine do not collide.
        cluster = LocalCluster(
            n_workers=cpus,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=":0",
        )
        with cluster, Client(cluster) as client:
            client.wait_for_workers(cpus, timeout=120)
            startup = time.perf_counter() - start
            ways = {
                "serial": lambda tasks: [count_primes(n) for n in tasks],
                "Pool": lambda tasks: pool.map_async(
                    count_primes, tasks, chunksize=1
                ).get(120),
                # pure=False: run every call, even those with equal arguments
                "Dask": lambda tasks: client.gather(
                    client.map(count_primes, tasks, pure=False)
                ),
            }
            seconds = {way: {kind: [] for kind in jobs} for way in ways}
            for _ in range(options.rounds):  # A, B, C, A, B, C, ...: same load for all
                for way, run in ways.items():
                    for kind, tasks in jobs.items():
                        start = time.perf_counter()
                        run(tasks)
                        seconds[way][kind].append(time.perf_counter() - start)
    print(f"{'median':<8}{'job':>8}{'per empty task':>16}")
    for way, times in seconds.items():
        per_task = 1e3 * statistics.median(times["nothing"]) / 200
        print(f"{way:<8}{statistics.median(times['job']):>7.2f}s{per_task:>13.3f} ms")
    print(f"Dask cluster start-up: {startup:.2f} s")
    if options.json:
        results = {"cpus": cpus, "tasks": options.tasks, "startup": startup, **seconds}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
