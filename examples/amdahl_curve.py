"""Measured speed-up against Amdahl's law, for several serial fractions.

Equal count_primes tasks run first in a plain loop, then with a share s of them
still in this process and the rest on a warm pool of one worker per usable CPU.
The table compares each speed-up with Amdahl's law, 1 / (s + (1 - s) / n).
"""

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

from mpguide.workers import count_primes

FRACTIONS = [0.0, 0.25, 0.5, 0.75]


def run_job(pool, tasks, s):
    """The first s share of the tasks here, while the pool waits; then the rest."""
    cut = round(s * len(tasks))
    for limit in tasks[:cut]:
        count_primes(limit)
    pool.map_async(count_primes, tasks[cut:], chunksize=1).get(timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--limit", type=int, default=100_000, help="task size")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    if hasattr(os, "sched_getaffinity"):
        workers = len(os.sched_getaffinity(0))  # the CPUs this process may use
    else:
        workers = os.cpu_count()
    tasks = [options.limit] * (4 * workers)  # four equal tasks per worker

    serial = float("inf")
    pooled = dict.fromkeys(FRACTIONS, float("inf"))
    with ctx.Pool(workers) as pool:
        # Warm-up, not timed: every worker has started and imported mpguide.
        pool.map_async(count_primes, [10_000] * (2 * workers), 1).get(timeout=120)
        # Each round times the loop and every fraction, so a burst of load from
        # other programs hits them all alike. The fastest round of each is kept.
        for _ in range(options.repeat):
            start = time.perf_counter()
            for limit in tasks:
                count_primes(limit)
            serial = min(serial, time.perf_counter() - start)
            for s in FRACTIONS:
                start = time.perf_counter()
                run_job(pool, tasks, s)
                pooled[s] = min(pooled[s], time.perf_counter() - start)
        pool.close()
        pool.join()

    speedups = [serial / pooled[s] for s in FRACTIONS]
    amdahl = [1 / (s + (1 - s) / workers) for s in FRACTIONS]
    print(f"{len(tasks)} tasks of count_primes({options.limit}), {workers} workers")
    print(f"plain loop: {serial:.3f} s (fastest of {options.repeat} rounds)")
    print("serial s  pool time  speed-up  Amdahl  speed-up/Amdahl")
    for s, x, a in zip(FRACTIONS, speedups, amdahl, strict=True):
        print(f"{s:>8.2f}  {pooled[s]:>7.3f} s  {x:>7.2f}x  {a:>5.2f}x  {x / a:>15.2f}")

    if options.json:
        results = {"workers": workers, "limit": options.limit, "fractions": FRACTIONS}
        results["speedups"] = speedups
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
