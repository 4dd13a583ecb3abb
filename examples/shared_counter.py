"""Lose updates to a shared counter, then stop losing them with its lock.

Four processes each add 1 to the same ``multiprocessing.Value`` many times.
Without the lock the total comes out short; holding ``get_lock()`` makes it exact.
"""

import argparse
import json
import multiprocessing
from pathlib import Path

from mpguide.sharing import increment

START_METHODS = multiprocessing.get_all_start_methods()
PROCESSES = 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--times", type=int, default=50_000, help="adds per process")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    expected = PROCESSES * options.times
    print(f"{PROCESSES} processes x {options.times:,} increments = {expected:,}")

    totals = {"expected": expected}
    for label, use_lock in [("without the lock", False), ("with get_lock()", True)]:
        counter = ctx.Value("q", 0)  # "q": a signed 64-bit int; it has a lock
        start = ctx.Barrier(PROCESSES)  # so that the children really overlap
        args = (counter, options.times, use_lock, start)
        children = [ctx.Process(target=increment, args=args) for _ in range(PROCESSES)]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=60)
            if child.exitcode != 0:
                raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        totals[label] = total = counter.value
        print(f"{label:<17} total {total:>9,}  lost {expected - total:>9,}")

    if options.json:
        Path(options.json).write_text(json.dumps(totals))


if __name__ == "__main__":
    main()
