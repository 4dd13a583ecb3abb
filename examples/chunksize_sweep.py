"""Time Pool.map of a tiny task at many chunk sizes, by hand and serially.

One warm pool squares the same numbers at each chunk size from 1 up to one
chunk per worker, then with one hand-made batch per worker, and the parent
squares them in a plain loop. The table shows median seconds, items per
second and each time over the fastest chunk size.
"""

import multiprocessing

from mpguide.chunking import sweep_chunksizes, time_chunksizes
from mpguide.cli import example_parser, positive_int
from mpguide.pools import default_chunksize
from mpguide.results import publish

WORKERS = 2


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--items", type=positive_int, default=10_000, help="numbers to square"
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=5, help="timed rounds (median kept)"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    items = options.items
    default = default_chunksize(items, WORKERS)
    sizes = sweep_chunksizes(items, WORKERS)

    timings = time_chunksizes(ctx, items, WORKERS, sizes, repeat=options.repeat)
    best = timings.by_chunksize[timings.best_chunksize]

    print(f"square() over {items} numbers, pool of {WORKERS} workers")
    print(f"{'variant':<24} {'median s':>9} {'items/s':>10} {'vs best':>8}")
    rows = [
        (f"chunksize={size}" + (" (default)" if size == default else ""), seconds)
        for size, seconds in timings.by_chunksize.items()
    ]
    rows.append((f"by hand, {WORKERS} batches", timings.by_hand))
    rows.append(("serial, no pool", timings.serial))
    for label, seconds in rows:
        print(
            f"{label:<24} {seconds:>9.4f} {items / seconds:>10.0f}"
            f" {seconds / best:>8.1f}"
        )
    print(
        f"slowest chunk size ({timings.worst_chunksize}) took "
        f"{timings.worst_over_best:.1f}x as long as the fastest "
        f"({timings.best_chunksize})"
    )

    publish(
        {
            "items": items,
            "workers": WORKERS,
            "default_chunksize": default,
            "chunksizes": sizes,
            "seconds": [timings.by_chunksize[size] for size in sizes],
            "by_hand": timings.by_hand,
            "serial": timings.serial,
            "best_chunksize": timings.best_chunksize,
            "worst_chunksize": timings.worst_chunksize,
            "worst_over_best": timings.worst_over_best,
        }
    )


if __name__ == "__main__":
    main()
