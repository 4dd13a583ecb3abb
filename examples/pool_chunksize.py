"""How chunksize changes the speed of mapping many tiny tasks.

Times map and imap of a tiny function over the same items with small, default
and large chunks, and prints how many items per second each got through.
"""

import argparse
import json
import math
import multiprocessing
import timeit
from pathlib import Path

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()
ITEMS = 4_000
WORKERS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    numbers = range(ITEMS)
    default = math.ceil(ITEMS / (4 * WORKERS))  # what map picks: 4 chunks a worker
    large = ITEMS // WORKERS  # one chunk per worker
    with ctx.Pool(processes=WORKERS) as pool:
        ways = {
            "map, chunksize=1": lambda: pool.map(square, numbers, chunksize=1),
            f"map, default ({default})": lambda: pool.map(square, numbers),
            f"map, chunksize={large}": lambda: pool.map(square, numbers, large),
            "imap, default (1)": lambda: list(pool.imap(square, numbers)),
        }
        pool.map(square, range(WORKERS * 4))  # returns once the workers are up
        rates = {}
        for label, run in ways.items():
            # A round trip's cost varies a lot between machines and start methods,
            # so autorange() repeats each map until that takes 0.2 s or more.
            maps, seconds = timeit.Timer(run).autorange()
            rates[label] = maps * ITEMS / seconds
        pool.close()
        pool.join()

    print(f"map and imap of square() over {ITEMS} items on {WORKERS} workers")
    print(f"{'way':<20} {'items/s':>11} {'vs chunksize=1':>15}")
    for label, rate in rates.items():
        print(f"{label:<20} {rate:>11,.0f} {rate / rates['map, chunksize=1']:>15.1f}")
    if options.json:
        results = {"items": ITEMS, "default": default, "large": large, "rates": rates}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
