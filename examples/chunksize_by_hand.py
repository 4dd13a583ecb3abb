"""Batch tiny tasks by hand: one list per worker, one task per list.

The same numbers are squared three ways: in a plain loop, by Pool.map with its
default chunk size, and by one square_batch task per worker, each worker
looping over its own list. The table shows the median seconds of each.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.chunking import square_batch
from mpguide.pools import square

WORKERS = 2


def by_hand(pool, numbers):
    """Square numbers in one task per worker; each task carries a whole list."""
    size = -(-len(numbers) // WORKERS)  # rounded up: at most WORKERS batches
    batches = [numbers[i : i + size] for i in range(0, len(numbers), size)]
    done = pool.map_async(square_batch, batches, chunksize=1).get(timeout=120)
    return [y for batch in done for y in batch]  # the lists joined, in order


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

    with ctx.Pool(WORKERS) as pool:
        jobs = {
            "serial, no pool": lambda: [square(x) for x in numbers],
            "Pool.map, default chunks": lambda: pool.map_async(square, numbers).get(60),
            f"by hand, {WORKERS} batches": lambda: by_hand(pool, numbers),
        }
        times = {name: [] for name in jobs}
        pool.map_async(square, range(4 * WORKERS), 1).get(timeout=60)  # warm-up
        # Interleaved rounds, so that load from other programs hits every job.
        for _ in range(options.repeat):
            for name, job in jobs.items():
                start = time.perf_counter()
                result = job()
                times[name].append(time.perf_counter() - start)
                assert result == [x * x for x in numbers], name
        pool.close()
        pool.join()

    median = {name: statistics.median(runs) for name, runs in times.items()}
    print(f"square() over {len(numbers)} numbers, pool of {WORKERS} workers")
    for name, seconds in median.items():
        print(f"{name:<26} {seconds:.4f} s (median of {options.repeat})")

    if options.json:
        Path(options.json).write_text(json.dumps(median), encoding="utf-8")


if __name__ == "__main__":
    main()
