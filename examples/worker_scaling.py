"""Time the same CPU-bound job on pools of 1, 2, 3 and 4 workers and more.

The pools take turns over several rounds; the table shows each pool's median
time, its median speed-up over one worker and how many CPUs it kept busy.
"""

import argparse
import json
import math
import multiprocessing
import os
import statistics
import sys
import time
from contextlib import ExitStack
from operator import truediv
from pathlib import Path

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


def cpu_seconds(limit):
    """Count the primes below limit; return the CPU time (not waits for a CPU)."""
    start = time.process_time()
    count_primes(limit)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--limit", type=int, default=30_000, help="count primes below")
    parser.add_argument("--budget", type=float, default=0.4, help="1-worker seconds")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of every pool")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    sizes = sorted({1, 2, 3, 4, cpus, 2 * cpus})
    share = 2 * math.lcm(*sizes)  # every worker gets as many tasks
    one = min(cpu_seconds(options.limit) for _ in range(3))  # size work by time
    tasks = [options.limit] * share * max(1, round(options.budget / (one * share)))
    print(f"{len(tasks)} tasks of count_primes({options.limit}); usable CPUs: {cpus}")
    rounds, busy = {n: [] for n in sizes}, {n: [] for n in sizes}
    with ExitStack() as stack:  # leaving it terminates the pools: all work is done
        pools = {n: stack.enter_context(ctx.Pool(n)) for n in sizes}
        for n, pool in pools.items():  # let every worker finish starting
            pool.map_async(count_primes, [10_000] * (2 * n), chunksize=1).get(60)
        for _ in range(options.rounds):  # pools take turns: load hits all alike
            for n, pool in pools.items():
                start = time.perf_counter()
                used = pool.map_async(cpu_seconds, tasks, chunksize=1).get(120)
                rounds[n].append(time.perf_counter() - start)
                busy[n].append(sum(used) / rounds[n][-1])
    print(f"{'workers':>7}  {'seconds':>7}  {'speed-up':>8}  {'ideal':>5}  CPUs busy")
    for n in sizes:  # the median round, and the median of per-round speed-ups
        ratio = statistics.median(map(truediv, rounds[1], rounds[n]))
        line = f"{n:>7}  {statistics.median(rounds[n]):>7.3f}  {ratio:>7.2f}x"
        print(f"{line}  {min(n, cpus):>4}x  {statistics.median(busy[n]):>9.2f}")
    if options.json:
        results = {"usable_cpus": cpus, "tasks": len(tasks)}
        results |= {"rounds": rounds, "busy": busy}  # seconds, CPUs: per round
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
