"""Lose updates to a shared counter, then stop losing them with its lock.

Four processes each add 1 to the same ``multiprocessing.Value`` many times.
Without the lock some increments overwrite each other and the total comes out
short; holding ``get_lock()`` around each increment makes it exact.
"""

import multiprocessing
import multiprocessing.context
import sys

from mpguide.cli import example_parser, positive_int
from mpguide.lifecycle import exit_if_any_failed, join_all
from mpguide.results import publish
from mpguide.sharing import WAIT_SECONDS, increment

PROCESSES = 4


def run_round(
    ctx: multiprocessing.context.BaseContext,
    times: int,
    use_lock: bool,
) -> int:
    """Start the children on one shared counter; return its final value."""
    counter = ctx.Value("q", 0)  # "q": a signed 64-bit int, with a lock
    start = ctx.Barrier(PROCESSES)  # all children begin incrementing together
    children = [
        ctx.Process(target=increment, args=(counter, times, use_lock, start))
        for _ in range(PROCESSES)
    ]
    for child in children:
        child.start()
    join_all(children, timeout=WAIT_SECONDS)
    exit_if_any_failed(children)
    return int(counter.value)


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--times",
        type=positive_int,
        default=50_000,
        help="increments per process",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    expected = PROCESSES * options.times
    print(f"{PROCESSES} processes x {options.times:,} increments = {expected:,}")

    totals = {}
    for use_lock in (False, True):
        total = run_round(ctx, options.times, use_lock)
        totals[use_lock] = total
        label = "with get_lock()" if use_lock else "without the lock"
        print(f"{label:<17} total {total:>9,}  lost {expected - total:>9,}")
    publish({"expected": expected, "unlocked": totals[False], "locked": totals[True]})

    if totals[True] != expected:
        sys.exit("the locked counter lost updates: this should never happen")
    print("with get_lock() held, the total is exact")


if __name__ == "__main__":
    main()
