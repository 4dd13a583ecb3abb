"""Uneven tasks: a huge chunk size can leave one worker with all the slow work.

The slow tasks, all in the first half of the input, land on one worker when each
worker gets one chunk. The table shows median seconds, and each over the best size's.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
WORKERS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=400, help="number of tasks")
    parser.add_argument("--slow-limit", type=int, default=40_000, help="slow task")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    limits = [2_000] * options.tasks
    for i in range(0, options.tasks // 2, 25):  # one in 25 of the first half
        limits[i] = options.slow_limit
    default = -(-len(limits) // (4 * WORKERS))  # as CPython's Pool.map computes it
    one_each = -(-len(limits) // WORKERS)  # one chunk per worker, rounded up
    sizes = sorted({1, 10, default, one_each})

    times = {size: [] for size in [*sizes, "serial"]}
    with multiprocessing.get_context(options.start_method).Pool(WORKERS) as pool:
        pool.map_async(count_primes, range(4 * WORKERS), 1).get(timeout=60)  # warm-up
        # Interleaved rounds, so that load from other programs hits every variant.
        for _ in range(options.repeat):
            for size, runs in times.items():
                start = time.perf_counter()
                if size == "serial":
                    for limit in limits:
                        count_primes(limit)
                else:
                    pool.map_async(count_primes, limits, size).get(timeout=120)
                runs.append(time.perf_counter() - start)
        pool.close()
        pool.join()

    median = {size: statistics.median(runs) for size, runs in times.items()}
    best = min(median[size] for size in sizes)
    slow = limits.count(options.slow_limit)
    print(f"{options.tasks} tasks, {slow} slow (in the first half), {WORKERS} workers")
    print(f"{'chunksize':<24} {'median s':>9} {'vs best':>8}")
    for size, seconds in median.items():
        label = "serial, no pool" if size == "serial" else str(size)
        label += " (default)" if size == default else ""
        label += " (one per worker)" if size == one_each else ""
        print(f"{label:<24} {seconds:>9.3f} {seconds / best:>8.2f}")

    if options.json:
        results = {"limits": limits, "workers": WORKERS, "default": default}
        results["seconds"] = median  # json turns the int keys into strings
        results["rounds"] = times  # seconds per round, in the order they ran
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
