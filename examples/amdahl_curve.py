"""Measured speed-up against Amdahl's law, for several serial fractions.

A share s of equal tasks runs here, the rest on a warm pool of one worker per
usable CPU; the table prints each speed-up beside Amdahl's 1 / (s + (1 - s) / n).
"""

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

from mpguide.workers import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
FRACTIONS = [0.0, 0.25, 0.5, 0.75]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--limit", type=int, default=100_000, help="task size")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    if hasattr(os, "sched_getaffinity"):  # Linux: only the CPUs we may run on
        workers = len(os.sched_getaffinity(0))
    else:
        workers = os.cpu_count()
    tasks = [options.limit] * (4 * workers)

    best = dict.fromkeys(["loop", *FRACTIONS], float("inf"))  # fastest round of each
    with multiprocessing.get_context(options.start_method).Pool(workers) as pool:
        # Warm-up, not timed: every worker has started and imported mpguide.
        pool.map_async(count_primes, [10_000] * (2 * workers), 1).get(timeout=120)
        # Each round times the loop and every fraction, so a burst of load from
        # other programs hits them all alike.
        for _ in range(options.repeat):
            start = time.perf_counter()
            for limit in tasks:
                count_primes(limit)
            best["loop"] = min(best["loop"], time.perf_counter() - start)
            for s in FRACTIONS:
                cut = round(s * len(tasks))
                start = time.perf_counter()
                for limit in tasks[:cut]:  # the serial share, while the pool waits
                    count_primes(limit)
                pool.map_async(count_primes, tasks[cut:], 1).get(timeout=120)
                best[s] = min(best[s], time.perf_counter() - start)
        pool.close()
        pool.join()

    speedups = [best["loop"] / best[s] for s in FRACTIONS]
    print(f"{len(tasks)} tasks of count_primes({options.limit}), {workers} workers")
    print(f"plain loop: {best['loop']:.3f} s (fastest of {options.repeat} rounds)")
    print("serial s  pool time  speed-up  Amdahl")
    for s, x in zip(FRACTIONS, speedups, strict=True):
        amdahl = 1 / (s + (1 - s) / workers)
        print(f"{s:>8.2f}  {best[s]:>7.3f} s  {x:>7.2f}x  {amdahl:>5.2f}x")

    if options.json:
        results = {"workers": workers, "limit": options.limit, "fractions": FRACTIONS}
        results["speedups"] = speedups
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
