"""Measured speed-up against Amdahl's law, for several serial fractions.

A share s of equal tasks runs here, the rest on a warm pool of one worker per
usable CPU; the table prints each speed-up beside Amdahl's 1 / (s + (1 - s) / n).
"""

import argparse
import json
import multiprocessing
import os
import statistics
import time
import timeit
from functools import partial
from pathlib import Path

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
FRACTIONS = [0.0, 0.25, 0.5, 0.75]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--task-seconds", type=float, default=0.05, help="task size")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    if hasattr(os, "sched_getaffinity"):  # Linux: only the CPUs we may run on
        workers = len(os.sched_getaffinity(0))
    else:
        workers = os.cpu_count()
    # Sized by time, like timeit's autorange: grow the task until it is long enough.
    limit, seconds = 1000, options.task_seconds
    while (
        min(timeit.repeat(partial(count_primes, limit), number=1, repeat=3)) < seconds
    ):
        limit = limit * 3 // 2
    tasks = [limit] * (4 * workers)

    rounds = {name: [] for name in ["loop", *FRACTIONS]}  # seconds, every round
    with multiprocessing.get_context(options.start_method).Pool(workers) as pool:
        # Warm-up, not timed: every worker has started and imported mpguide.
        pool.map_async(count_primes, [10_000] * (2 * workers), 1).get(timeout=120)
        # Each round times the loop and every fraction, so a burst of load from
        # other programs hits them all alike.
        for _ in range(options.repeat):
            start = time.perf_counter()
            for limit in tasks:
                count_primes(limit)
            rounds["loop"].append(time.perf_counter() - start)
            for s in FRACTIONS:
                cut = round(s * len(tasks))
                start = time.perf_counter()
                for limit in tasks[:cut]:  # the serial share, while the pool waits
                    count_primes(limit)
                pool.map_async(count_primes, tasks[cut:], 1).get(timeout=120)
                rounds[s].append(time.perf_counter() - start)
        pool.close()
        pool.join()

    print(f"{len(tasks)} tasks of count_primes({tasks[0]}); workers: {workers}")
    loop = rounds["loop"]
    print(f"plain loop: {statistics.median(loop):.3f} s (median of {len(loop)} rounds)")
    print("serial s  pool time  speed-up  Amdahl")
    for s in FRACTIONS:  # speed-up: the median of the per-round ratios
        x = statistics.median(a / b for a, b in zip(loop, rounds[s], strict=True))
        amdahl = 1 / (s + (1 - s) / workers)
        pooled = statistics.median(rounds[s])
        print(f"{s:>8.2f}  {pooled:>7.3f} s  {x:>7.2f}x  {amdahl:>5.2f}x")

    if options.json:  # json turns the fraction keys into strings: "0.0", "0.25"...
        results = {"workers": workers, "limit": tasks[0], "fractions": FRACTIONS}
        Path(options.json).write_text(json.dumps({**results, "rounds": rounds}))


if __name__ == "__main__":
    main()
