"""Time the same CPU-bound job on pools of 1, 2, 3 and 4 workers and more.

The table shows each pool's best time, its speed-up over one worker, the ideal
speed-up for the usable CPUs, and how many CPUs the pool really kept busy.
"""

import argparse
import json
import math
import multiprocessing
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from mpguide.workers import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


def cpu_seconds(limit):
    """Count the primes below limit; return the CPU time (not waits for a CPU)."""
    start = time.process_time()
    count_primes(limit)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--limit", type=int, default=50_000, help="count primes below")
    parser.add_argument("--repeat", type=int, default=5, help="fastest of N rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    sizes = sorted({1, 2, 3, 4, cpus, 2 * cpus})
    tasks = [options.limit] * (2 * math.lcm(*sizes))  # every worker gets as many
    print(f"{len(tasks)} tasks of count_primes({options.limit}), {cpus} usable CPUs")
    best = {}
    with ExitStack() as stack:  # leaving it terminates the pools: all work is done
        pools = {n: stack.enter_context(ctx.Pool(n)) for n in sizes}
        for n, pool in pools.items():  # let every worker finish starting
            pool.map_async(count_primes, [10_000] * (2 * n), chunksize=1).get(60)
        # Pools take turns, so a burst of load elsewhere hits them all alike.
        for _ in range(options.repeat):
            for n, pool in pools.items():
                start = time.perf_counter()
                used = pool.map_async(cpu_seconds, tasks, chunksize=1).get(60)
                seconds = time.perf_counter() - start
                if n not in best or seconds < best[n][0]:
                    best[n] = (seconds, sum(used) / seconds)
    print(f"{'workers':>7}  {'seconds':>7}  {'speed-up':>8}  {'ideal':>5}  CPUs busy")
    for n, (seconds, busy) in best.items():
        speedup, ideal = best[1][0] / seconds, min(n, cpus)
        print(f"{n:>7}  {seconds:>7.3f}  {speedup:>7.2f}x  {ideal:>4}x  {busy:>9.2f}")
    if options.json:
        results = {"usable_cpus": cpus, "tasks": len(tasks), "best": best}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
