"""Uneven tasks: a huge chunk size can leave one worker with all the slow work.

Most tasks count primes below a small limit; a few, all in the first half of
the input, count below a large one. With one chunk per worker the first
worker gets every slow task while the other finishes early; smaller chunks
let the pool share them out. The table shows median seconds per chunk size.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.workers import count_primes

WORKERS = 2
SLOW_EVERY = 25  # in the first half, one task in this many is slow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--tasks", type=int, default=400, help="number of tasks")
    parser.add_argument("--slow-limit", type=int, default=70_000, help="slow task")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    n = options.tasks
    limits = [
        options.slow_limit if i < n // 2 and i % SLOW_EVERY == 0 else 2_000
        for i in range(n)
    ]
    # CPython's Pool.map default: about four chunks per worker, rounded up.
    default, extra = divmod(n, WORKERS * 4)
    default += 1 if extra else 0
    one_each = -(-n // WORKERS)  # one chunk per worker, rounded up
    sizes = sorted({1, 10, default, one_each})

    times = {size: [] for size in [*sizes, "serial"]}
    with ctx.Pool(WORKERS) as pool:
        pool.map_async(count_primes, [10] * (4 * WORKERS), 1).get(timeout=60)
        # Every round runs every variant once, so a burst of load from other
        # programs hits them all alike; the median of the rounds is kept.
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
    best = min(sizes, key=median.get)
    slow = limits.count(options.slow_limit)
    print(f"{n} tasks ({slow} slow, all in the first half), pool of {WORKERS} workers")
    print(f"{'chunksize':<24} {'median s':>9} {'vs best':>8}")
    for size in sizes:
        note = " (default)" if size == default else ""
        note += " (one per worker)" if size == one_each else ""
        label, ratio = f"{size}{note}", median[size] / median[best]
        print(f"{label:<24} {median[size]:>9.3f} {ratio:>8.2f}")
    print(f"{'serial, no pool':<24} {median['serial']:>9.3f}")
    print(f"fastest pool vs serial: {median['serial'] / median[best]:.2f}x")

    if options.json:
        results = {"limits": limits, "workers": WORKERS, "default": default}
        results["seconds"] = median  # json turns the int keys into strings
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
