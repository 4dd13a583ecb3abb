"""What it costs to move data to a worker, by payload size.

For bytes objects from 1 KiB to 64 MiB, the table shows the median time to
pickle and unpickle them in this process, and to send them to a warm pool
worker that returns them unchanged: both ways through pickle and a pipe.
"""

import argparse
import json
import multiprocessing
import pickle
import statistics
import time
from pathlib import Path

from mpguide.measuring import echo


def median_seconds(repeat, func, *args):
    """Call func(*args) repeat times; the median resists one disturbed run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pickle_both_ways(data):
    return pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def round_trip(pool, data):
    return pool.apply_async(echo, (data,)).get(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--largest", type=int, default=64 * 2**20, help="bytes")
    parser.add_argument("--repeat", type=int, default=5, help="timings per size")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    sizes = [2**power for power in range(10, 40, 2) if 2**power <= options.largest]

    pickled, trip = [], []
    with ctx.Pool(1) as pool:
        round_trip(pool, b"")  # warm-up: the worker is running before any clock
        for size in sizes:
            data = bytes(size)
            pickled.append(median_seconds(options.repeat, pickle_both_ways, data))
            trip.append(median_seconds(options.repeat, round_trip, pool, data))
        pool.close()
        pool.join()

    print("  payload  pickle+unpickle  round trip    MB/s")
    for size, p, r in zip(sizes, pickled, trip, strict=True):
        label = f"{size >> 10} KiB" if size < 2**20 else f"{size >> 20} MiB"
        rate = 2 * size / r / 1e6  # the payload crosses the pipe twice
        print(f"{label:>9}  {p * 1000:>12.3f} ms  {r * 1000:>7.3f} ms  {rate:>6.0f}")

    if options.json:
        results = {
            "sizes": sizes,
            "pickle_seconds": pickled,
            "round_trip_seconds": trip,
        }
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
