"""The same CPU-bound job on a multiprocessing Pool and on a Dask LocalCluster.

Prints each one's job time, speed-up over serial and cost per task (from 200
empty tasks), then the cluster's start-up. Needs: pip install "dask[distributed]"
"""

import argparse
import json
import multiprocessing
import os
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
    parser.add_argument("--tasks", type=int, default=16, help="tasks in the job")
    parser.add_argument("--limit", type=int, default=150_000, help="count primes below")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    jobs = {"job": [options.limit] * options.tasks, "nothing": [0] * 200}
    print(f"dask {dask.__version__}, {cpus} workers, {options.tasks} tasks of", end=" ")
    print(f"count_primes({options.limit}), then 200 of count_primes(0)")
    start = time.perf_counter()
    for n in jobs["job"]:
        count_primes(n)
    seconds = {"serial": [time.perf_counter() - start], "Pool": [], "Dask": []}

    # Leaving the with block terminates the workers: every result is in by then.
    with multiprocessing.get_context(options.start_method).Pool(cpus) as pool:
        pool.map_async(count_primes, [0] * cpus).get(timeout=120)  # workers ready
        for tasks in jobs.values():
            start = time.perf_counter()
            pool.map_async(count_primes, tasks, chunksize=1).get(timeout=120)
            seconds["Pool"].append(time.perf_counter() - start)

    # Dask starts its worker processes the way its own configuration says.
    dask.config.set({"distributed.worker.multiprocessing-method": options.start_method})
    start = time.perf_counter()
    # ":0": any free port for the scheduler's web server, not 8787, so two
    # clusters on one machine do not collide.
    cluster = LocalCluster(
        n_workers=cpus, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:
        client.wait_for_workers(cpus, timeout=120)
        startup = time.perf_counter() - start
        for tasks in jobs.values():
            start = time.perf_counter()
            # pure=False: run every call, even those with equal arguments
            client.gather(client.map(count_primes, tasks, pure=False))
            seconds["Dask"].append(time.perf_counter() - start)
    print(f"{'':<8}{'job':>8}{'speed-up':>10}{'per task':>12}")
    for name, times in seconds.items():
        per_task = f"{1e3 * times[1] / 200:>9.2f} ms" if len(times) > 1 else ""
        speedup = seconds["serial"][0] / times[0]
        print(f"{name:<8}{times[0]:>7.2f}s{speedup:>9.2f}x{per_task}")
    print(f"Dask cluster start-up: {startup:.2f} s")
    if options.json:
        results = {"cpus": cpus, "tasks": options.tasks, "startup": startup, **seconds}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
