"""What it costs to move data to a worker, by payload size.

For bytes from 1 KiB to 64 MiB, the table shows the median time to pickle and
unpickle them here, and to send them to a warm pool worker that returns them.
"""

import argparse
import json
import multiprocessing
import pickle
import statistics
import time
from pathlib import Path

from mpguide.tasks import echo

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--largest", type=int, default=64 * 2**20, help="bytes")
    parser.add_argument("--repeat", type=int, default=5, help="timings per size")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    sizes = [2**power for power in range(10, 40, 2) if 2**power <= options.largest]

    pickle_times, trip_times = [], []  # per size: one list of timings each
    with multiprocessing.get_context(options.start_method).Pool(1) as pool:
        pool.apply_async(echo, (b"",)).get(timeout=60)  # warm-up: the worker runs
        for size in sizes:
            data = bytes(size)
            pickled, trip = [], []
            for _ in range(options.repeat):
                start = time.perf_counter()
                pickle.loads(pickle.dumps(data))
                pickled.append(time.perf_counter() - start)
                start = time.perf_counter()
                pool.apply_async(echo, (data,)).get(timeout=60)
                trip.append(time.perf_counter() - start)
            pickle_times.append(pickled)
            trip_times.append(trip)
        pool.close()
        pool.join()

    print("  payload  pickle+unpickle  round trip    MB/s")
    for size, pickled, trip in zip(sizes, pickle_times, trip_times, strict=True):
        # The median: one call disturbed by another program does not move it.
        p, r = statistics.median(pickled), statistics.median(trip)
        label = f"{size >> 10} KiB" if size < 2**20 else f"{size >> 20} MiB"
        rate = 2 * size / r / 1e6  # the payload crosses the pipe twice
        print(f"{label:>9}  {p * 1000:>12.3f} ms  {r * 1000:>7.3f} ms  {rate:>6.0f}")

    if options.json:
        results = {"sizes": sizes, "pickle_seconds": pickle_times}
        results["round_trip_seconds"] = trip_times
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
