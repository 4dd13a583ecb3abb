"""How chunksize changes the speed of mapping many tiny tasks.

With chunksize=1 every item makes its own round trip between processes. The
script sizes the input so that chunksize=1 takes about --seconds, then prints
the items per second of map and imap with small, default and large chunks.
"""

import argparse
import json
import math
import multiprocessing
import pathlib
import time
from collections.abc import Callable

from mpguide.pools import square

WORKERS = 2


def seconds_for(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument(
        "--seconds", type=float, default=0.5, help="time for the chunksize=1 run"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with ctx.Pool(processes=WORKERS) as pool:
        pool.map(square, range(WORKERS * 4))  # returns once the workers are up
        # The cost of a round trip varies widely between machines and start
        # methods, so size the input by time, as timeit's autorange does.
        items, seconds = 50, 0.0
        while seconds < options.seconds:
            items *= 2
            start = time.perf_counter()
            pool.map(square, range(items), chunksize=1)
            seconds = time.perf_counter() - start
        rates = {"map, chunksize=1": items / seconds}

        default = math.ceil(items / (4 * WORKERS))  # map's default: 4 chunks a worker
        large = items // WORKERS  # one chunk per worker
        runs = {
            "map, default": lambda: pool.map(square, range(items)),
            "map, one chunk a worker": lambda: pool.map(square, range(items), large),
        }
        for label, run in runs.items():  # a few ms each: best of five, as timeit
            rates[label] = items / min(seconds_for(run) for _ in range(5))
        imap_seconds = seconds_for(lambda: list(pool.imap(square, range(items))))
        rates["imap, default (1)"] = items / imap_seconds
        pool.close()
        pool.join()

    print(f"{items} calls of square() on {WORKERS} workers")
    print(f"map's default chunk size here: {default}; one chunk a worker: {large}")
    print(f"{'way':<24} {'items/s':>10} {'vs chunksize=1':>15}")
    for label, rate in rates.items():
        print(f"{label:<24} {rate:>10,.0f} {rate / rates['map, chunksize=1']:>15.1f}")
    if options.json:
        results = {"items": items, "default": default, "large": large, "rates": rates}
        pathlib.Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
