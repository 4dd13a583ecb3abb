"""Uneven tasks: a huge chunk size can leave one worker with all the slow work.

Most tasks count primes below a small limit; a few, all in the first half of
the input, count below a large one. With one chunk per worker the first
worker gets every slow task while the other finishes early; smaller chunks
let the pool share them out. The table shows median seconds per chunk size.
"""

import multiprocessing

from mpguide.chunking import time_uneven, uneven_limits
from mpguide.cli import example_parser, positive_int
from mpguide.pools import default_chunksize
from mpguide.results import publish

WORKERS = 2
SLOW_EVERY = 25  # in the first half, one task in this many is slow


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--tasks", type=positive_int, default=400, help="number of tasks"
    )
    parser.add_argument(
        "--slow-limit",
        type=positive_int,
        default=70_000,
        help="count_primes limit of a slow task",
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=3, help="timed rounds (median kept)"
    )
    options = parser.parse_args()
    if options.tasks < 2 * WORKERS:
        parser.error(f"argument --tasks: must be >= {2 * WORKERS}")
    ctx = multiprocessing.get_context(options.start_method)
    limits = uneven_limits(
        options.tasks, slow_every=SLOW_EVERY, slow=options.slow_limit, fast=2_000
    )
    slow_tasks = limits.count(options.slow_limit)
    default = default_chunksize(len(limits), WORKERS)
    one_each = -(-len(limits) // WORKERS)
    sizes = sorted({1, 10, default, one_each})

    timings = time_uneven(ctx, limits, WORKERS, sizes, repeat=options.repeat)

    print(
        f"{len(limits)} tasks ({slow_tasks} slow, all in the first half), "
        f"pool of {WORKERS} workers"
    )
    print(f"{'chunksize':<24} {'median s':>9} {'vs best':>8}")
    for size, seconds in timings.by_chunksize.items():
        note = " (default)" if size == default else ""
        note += " (one per worker)" if size == one_each else ""
        print(f"{str(size) + note:<24} {seconds:>9.3f} {timings.over_best(size):>8.2f}")
    print(f"{'serial, no pool':<24} {timings.serial:>9.3f}")
    print(f"fastest pool vs serial: {timings.best_speedup:.2f}x")

    publish(
        {
            "tasks": len(limits),
            "slow_tasks": slow_tasks,
            "slow_limit": options.slow_limit,
            "slow_every": SLOW_EVERY,
            "limits": limits,
            "workers": WORKERS,
            "default_chunksize": default,
            "one_per_worker": one_each,
            "chunksizes": sizes,
            "seconds": [timings.by_chunksize[size] for size in sizes],
            "serial": timings.serial,
            "best_chunksize": timings.best_chunksize,
            "best_speedup": timings.best_speedup,
        }
    )


if __name__ == "__main__":
    main()
