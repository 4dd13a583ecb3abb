"""ProcessPoolExecutor's workers: retired by max_tasks_per_child, or crashed.

max_tasks_per_child (Python 3.11+) starts a fresh worker process after each
worker's quota of tasks; it refuses the fork start method. A worker that dies
abruptly breaks the whole executor with BrokenProcessPool.
"""

import argparse
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mpguide.pools import die_abruptly, square, worker_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    if sys.version_info < (3, 11):
        print("max_tasks_per_child: needs Python 3.11+, skipped on", sys.version[:4])
    elif options.start_method == "fork":
        try:
            ProcessPoolExecutor(1, mp_context=ctx, max_tasks_per_child=1)
        except ValueError as error:
            print(f"max_tasks_per_child with fork: ValueError: {error}")
    else:
        with ProcessPoolExecutor(1, mp_context=ctx, max_tasks_per_child=1) as executor:
            # One task at a time: each result arrives before the next submit,
            # which stays clear of a hang with a queued backlog that Python
            # fixed only in 3.14.7 (gh-115634).
            pids = {
                executor.submit(worker_report, n).result(timeout=30)[1]
                for n in range(3)
            }
            print(f"max_tasks_per_child=1: 3 tasks ran in {len(pids)} processes")

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        crash = executor.submit(die_abruptly, 3)
        try:
            crash.result(timeout=30)
        except BrokenProcessPool as error:
            print(f"worker died: BrokenProcessPool: {error}")
        try:
            executor.submit(square, 2)
        except BrokenProcessPool:
            print("submit() afterwards: BrokenProcessPool, the executor is unusable")


if __name__ == "__main__":
    main()
