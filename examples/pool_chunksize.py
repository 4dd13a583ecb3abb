"""How chunksize changes the cost of mapping many tiny tasks.

Pool.map sends work to the workers in chunks. With chunksize=1 every item
makes its own round trip between processes; the default chunk size and a
large one batch them. The table compares median times in one run.
"""

import multiprocessing
from collections.abc import Callable

from mpguide.cli import example_parser, positive_int
from mpguide.pools import default_chunksize, square
from mpguide.results import publish
from mpguide.timing import wall_time

ITEMS = 10_000
WORKERS = 2


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--items", type=positive_int, default=ITEMS, help="items to map"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    items = list(range(options.items))
    expected = [square(x) for x in items]
    default = default_chunksize(len(items), WORKERS)
    large = len(items) // WORKERS

    with ctx.Pool(processes=WORKERS) as pool:
        variants: dict[str, Callable[[], list[int]]] = {
            "map, chunksize=1": lambda: pool.map(square, items, chunksize=1),
            f"map, default (here {default})": lambda: pool.map(square, items),
            f"map, chunksize={large}": lambda: pool.map(square, items, large),
            "imap, default (1)": lambda: list(pool.imap(square, items)),
        }
        pool.map(square, range(WORKERS * 4))  # warm up: workers started
        times = {}
        for label, run in variants.items():
            assert run() == expected, label  # every variant computes the same
            times[label] = wall_time(run, repeat=5)
        pool.close()
        pool.join()

    baseline = times[f"map, default (here {default})"]
    print(f"{len(items)} calls of square() on a pool of {WORKERS} workers")
    print(f"{'variant':<28} {'median s':>9} {'vs default':>10}")
    for label, seconds in times.items():
        print(f"{label:<28} {seconds:>9.4f} {seconds / baseline:>10.1f}")
    publish(
        {
            "items": len(items),
            "workers": WORKERS,
            "default_chunksize": default,
            "large_chunksize": large,
            "seconds": {
                "map_1": times["map, chunksize=1"],
                "map_default": baseline,
                "map_large": times[f"map, chunksize={large}"],
                "imap_1": times["imap, default (1)"],
            },
        }
    )


if __name__ == "__main__":
    main()
