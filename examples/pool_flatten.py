"""Flatten nested work: one pool, one task per inner item, regrouped after.

Instead of an outer pool whose tasks each start an inner pool, every
(group, item) pair becomes a task of a single pool.
"""

import argparse
import multiprocessing
from collections import defaultdict

from mpguide.tasks import square_in_group

START_METHODS = multiprocessing.get_all_start_methods()
GROUPS = {"a": range(3), "b": range(5), "c": range(2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    tasks = [(group, x) for group, items in GROUPS.items() for x in items]
    with ctx.Pool(2) as pool:
        results = pool.starmap_async(square_in_group, tasks).get(timeout=60)
        pool.close()
        pool.join()

    totals: dict[str, int] = defaultdict(int)
    for group, square in results:  # regroup: the work is flat, the answer is not
        totals[group] += square
    print(f"{len(tasks)} tasks on one pool of 2 workers")
    for group, items in GROUPS.items():
        expected = sum(x * x for x in items)  # the same sums, computed serially
        print(f"group {group}: {len(items)} items, sum of squares {totals[group]}")
        if totals[group] != expected:
            raise SystemExit(f"group {group}: expected {expected}")


if __name__ == "__main__":
    main()
