"""The same CPU-bound job on a multiprocessing Pool and on a Dask LocalCluster.

Both count primes below the same limit, once per task, with one worker process
per usable CPU. The table gives each one's job time, its speed-up over serial
and its cost per task (from a second job of tasks that do nothing); the
cluster's start-up is timed apart. Needs: pip install "dask[distributed]"
"""

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

import dask
from distributed import Client, LocalCluster

from mpguide.workers import count_primes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    # No fork: it would copy a parent that already runs Dask's event-loop thread.
    parser.add_argument(
        "--start-method",
        choices=["spawn", "forkserver"],
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--tasks", type=int, default=16, help="tasks in the job")
    parser.add_argument("--limit", type=int, default=150_000, help="count primes below")
    parser.add_argument(
        "--json", metavar="FILE", help="also write the measurements to FILE"
    )
    options = parser.parse_args()
    cpus = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    jobs = {"job": [options.limit] * options.tasks, "nothing": [0] * 200}
    print(f"dask {dask.__version__}, {cpus} workers, {options.tasks} tasks of", end=" ")
    print(f"count_primes({options.limit}), then 200 of count_primes(0)")
    start = time.perf_counter()
    for n in jobs["job"]:
        count_primes(n)
    seconds = {"serial": [time.perf_counter() - start]}

    with multiprocessing.get_context(options.start_method).Pool(cpus) as pool:
        pool.map_async(count_primes, [0] * cpus).get(timeout=120)  # workers ready
        for tasks in jobs.values():
            start = time.perf_counter()
            pool.map_async(count_primes, tasks, chunksize=1).get(timeout=120)
            seconds.setdefault("Pool", []).append(time.perf_counter() - start)
        pool.close()  # else leaving the with block terminates the workers
        pool.join()

    # Dask starts its worker processes the way its own configuration says.
    config = {"distributed.worker.multiprocessing-method": options.start_method}
    with dask.config.set(config):
        start = time.perf_counter()
        cluster = LocalCluster(
            n_workers=cpus,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
        )
        with cluster, Client(cluster) as client:
            client.wait_for_workers(cpus, timeout=120)
            startup = time.perf_counter() - start
            for tasks in jobs.values():
                start = time.perf_counter()
                # pure=False: run every call, even those with equal arguments
                client.gather(client.map(count_primes, tasks, pure=False))
                seconds.setdefault("Dask", []).append(time.perf_counter() - start)

    print(f"{'':<8}{'job':>8}{'speed-up':>10}{'per task':>12}")
    for name, times in seconds.items():
        per_task = f"{1e3 * times[1] / 200:>9.2f} ms" if len(times) > 1 else ""
        speedup = seconds["serial"][0] / times[0]
        print(f"{name:<8}{times[0]:>7.2f}s{speedup:>9.2f}x{per_task}")
    print(f"Dask cluster start-up: {startup:.2f} s")
    if options.json:
        results = {"cpus": cpus, "tasks": options.tasks, "startup": startup, **seconds}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
