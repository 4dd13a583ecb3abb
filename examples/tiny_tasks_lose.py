"""Tiny tasks: a pool loses to a plain loop when sending a task costs more.

Thousands of count_primes(50) calls run in a loop, then on a warm pool with one
task per message and with map's default chunks. Each time printed is a median.
"""

import argparse
import json
import multiprocessing
import os
import statistics
import time
from pathlib import Path

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=20_000, help="how many")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    if hasattr(os, "sched_getaffinity"):  # Linux: only the CPUs we may run on
        workers = len(os.sched_getaffinity(0))
    else:
        workers = os.cpu_count()
    tasks = [50] * options.tasks

    times = {"loop": [], "pool, chunksize=1": [], "pool, default chunksize": []}
    with multiprocessing.get_context(options.start_method).Pool(workers) as pool:
        # Warm-up, not timed: every worker has started and imported mpguide.
        pool.map_async(count_primes, [10_000] * (2 * workers), 1).get(timeout=120)
        # Interleaved rounds, so that load from other programs hits every variant.
        for _ in range(options.repeat):
            for name, runs in times.items():
                start = time.perf_counter()
                if name == "loop":
                    for limit in tasks:
                        count_primes(limit)
                elif name == "pool, chunksize=1":
                    pool.map_async(count_primes, tasks, 1).get(timeout=120)
                else:  # map's default: about four chunks per worker
                    pool.map_async(count_primes, tasks).get(timeout=120)
                runs.append(time.perf_counter() - start)
        pool.close()
        pool.join()

    seconds = {name: statistics.median(runs) for name, runs in times.items()}
    print(f"{len(tasks)} tasks of count_primes(50); workers: {workers}")
    for name, value in seconds.items():
        print(f"{name:<24} {value:.4f} s  {value / seconds['loop']:5.1f}x the loop")

    if options.json:
        results = {"workers": workers, "tasks": len(tasks), "seconds": seconds}
        results["rounds"] = times  # seconds of every round, for a spread
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
