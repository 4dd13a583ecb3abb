"""Time Pool.map of a tiny task at many chunk sizes, against a plain loop.

A warm pool of two workers squares the same numbers at each chunk size up to one
chunk per worker; the table shows median seconds, and each over the best size's.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()
WORKERS = 2
SIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--items", type=int, default=10_000, help="numbers to square")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    numbers = list(range(options.items))
    default = -(-len(numbers) // (4 * WORKERS))  # as CPython's Pool.map computes it
    one_each = -(-len(numbers) // WORKERS)  # one chunk per worker, rounded up
    sizes = sorted(size for size in {*SIZES, default, one_each} if size <= one_each)

    times = {size: [] for size in [*sizes, "serial"]}
    with multiprocessing.get_context(options.start_method).Pool(WORKERS) as pool:
        pool.map_async(square, range(4 * WORKERS), 1).get(timeout=60)  # warm-up
        # Interleaved rounds, so that load from other programs hits every variant.
        for _ in range(options.repeat):
            for size, runs in times.items():
                start = time.perf_counter()
                if size == "serial":
                    result = [square(x) for x in numbers]
                else:
                    result = pool.map_async(square, numbers, size).get(timeout=120)
                runs.append(time.perf_counter() - start)
                assert result == [x * x for x in numbers], f"{size}: wrong result"
        pool.close()
        pool.join()

    median = {size: statistics.median(runs) for size, runs in times.items()}
    best = min(median[size] for size in sizes)
    print(f"square() over {len(numbers)} numbers, pool of {WORKERS} workers")
    print(f"{'variant':<24} {'median s':>9} {'vs best':>8}")
    for size, seconds in median.items():
        label = "serial, no pool" if size == "serial" else f"chunksize={size}"
        label += " (default)" if size == default else ""
        print(f"{label:<24} {seconds:>9.4f} {seconds / best:>8.1f}")

    if options.json:
        results = {"items": len(numbers), "workers": WORKERS, "default": default}
        results["seconds"] = median  # json turns the int keys into strings
        results["rounds"] = times  # seconds per round, in the order they ran
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
