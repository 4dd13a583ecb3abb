"""Tiny-task round trips under each start method, timed in interleaved rounds.

Each round maps a tiny task with chunksize=1 once on a warm Pool(2) per method.
"""

import argparse
import json
import multiprocessing
import time
from contextlib import ExitStack
from pathlib import Path

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()
CONTEXTS = {method: multiprocessing.get_context(method) for method in START_METHODS}
ITEMS, ROUNDS = 2_000, 5  # tasks per map, timed rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    rounds = {method: [] for method in START_METHODS}
    with ExitStack() as stack:  # a pool per start method, all shut down at the end
        pools = {m: stack.enter_context(c.Pool(2)) for m, c in CONTEXTS.items()}
        for round_number in range(ROUNDS + 1):  # round 0 warms up the pools
            for method, pool in pools.items():
                start = time.perf_counter()
                pool.map_async(square, range(ITEMS), 1).get(timeout=120)
                if round_number:
                    rounds[method].append(time.perf_counter() - start)
    for method, times in rounds.items():
        print(f"{method:<11} fastest of {ROUNDS} maps of {ITEMS}: {min(times):.3f} s")
    if options.json:
        Path(options.json).write_text(json.dumps({"items": ITEMS, "rounds": rounds}))


if __name__ == "__main__":
    main()
