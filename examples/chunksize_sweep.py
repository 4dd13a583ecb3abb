"""Time Pool.map of a tiny task at many chunk sizes, against a plain loop.

One warm pool of two workers squares the same numbers at every chunk size from
1 up to one chunk per worker, and the parent squares them in a loop. The table
shows median seconds, items per second and each time over the fastest.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.pools import square

WORKERS = 2
SIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--items", type=int, default=10_000, help="numbers to square")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    numbers = list(range(options.items))
    # CPython's Pool.map default: about four chunks per worker, rounded up.
    default, extra = divmod(len(numbers), WORKERS * 4)
    default += 1 if extra else 0
    one_each = -(-len(numbers) // WORKERS)  # one chunk per worker, rounded up
    sizes = sorted(size for size in {*SIZES, default, one_each} if size <= one_each)

    times = {size: [] for size in [*sizes, "serial"]}
    expected = [x * x for x in numbers]
    with ctx.Pool(WORKERS) as pool:
        pool.map_async(square, range(4 * WORKERS), 1).get(timeout=60)  # warm-up
        # Every round runs every variant once, so a burst of load from other
        # programs hits them all alike; the median of the rounds is kept.
        for _ in range(options.repeat):
            for size, runs in times.items():
                start = time.perf_counter()
                if size == "serial":
                    result = [square(x) for x in numbers]
                else:
                    result = pool.map_async(square, numbers, size).get(timeout=120)
                runs.append(time.perf_counter() - start)
                assert result == expected, f"{size}: wrong result"
        pool.close()
        pool.join()

    median = {size: statistics.median(values) for size, values in times.items()}
    best = min(sizes, key=median.get)
    worst = max(sizes, key=median.get)
    print(f"square() over {len(numbers)} numbers, pool of {WORKERS} workers")
    print(f"{'variant':<24} {'median s':>9} {'items/s':>10} {'vs best':>8}")
    for size, seconds in median.items():
        label = "serial, no pool" if size == "serial" else f"chunksize={size}"
        label += " (default)" if size == default else ""
        rate, ratio = len(numbers) / seconds, seconds / median[best]
        print(f"{label:<24} {seconds:>9.4f} {rate:>10.0f} {ratio:>8.1f}")
    print(
        f"slowest chunk size ({worst}) took {median[worst] / median[best]:.1f}x"
        f" as long as the fastest ({best})"
    )

    if options.json:
        results = {"items": len(numbers), "workers": WORKERS, "default": default}
        results["seconds"] = median  # json turns the int keys into strings
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
