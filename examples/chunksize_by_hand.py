"""Batch tiny tasks by hand: one list per worker, one task per list.

The same numbers are squared in a plain loop, by Pool.map with its default chunk
size, and by one square_batch task per worker; each prints its median time.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.tasks import square, square_batch

START_METHODS = multiprocessing.get_all_start_methods()
WORKERS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--items", type=int, default=10_000, help="numbers to square")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    numbers = list(range(options.items))
    size = -(-len(numbers) // WORKERS)  # rounded up: one batch per worker
    batches = [numbers[i : i + size] for i in range(0, len(numbers), size)]

    times = {"serial, no pool": [], "Pool.map, default chunks": [], "by hand": []}
    with multiprocessing.get_context(options.start_method).Pool(WORKERS) as pool:
        pool.map_async(square, range(4 * WORKERS), 1).get(timeout=60)  # warm-up
        # Interleaved rounds, so that load from other programs hits every variant.
        for _ in range(options.repeat):
            for name, runs in times.items():
                start = time.perf_counter()
                if name == "serial, no pool":
                    result = [square(x) for x in numbers]
                elif name == "Pool.map, default chunks":
                    result = pool.map_async(square, numbers).get(timeout=60)
                else:  # one task per batch, each returning a list: join them
                    done = pool.map_async(square_batch, batches, 1).get(timeout=60)
                    result = [y for batch in done for y in batch]
                runs.append(time.perf_counter() - start)
                assert result == [x * x for x in numbers], name
        pool.close()
        pool.join()

    median = {name: statistics.median(runs) for name, runs in times.items()}
    print(f"square() over {len(numbers)} numbers, pool of {WORKERS} workers")
    for name, seconds in median.items():
        print(f"{name:<26} {seconds:.4f} s (median of {options.repeat})")

    if options.json:
        results = {"seconds": median, "rounds": times}  # rounds: in the order run
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
