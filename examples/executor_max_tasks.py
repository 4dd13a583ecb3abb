"""ProcessPoolExecutor's max_tasks_per_child: a fresh worker after each quota.

With max_tasks_per_child=1 (new in Python 3.11) every task runs in a new
worker process. The fork start method refuses the option with a ValueError.
"""

import argparse
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

from mpguide.worker_state import worker_report

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    if sys.version_info < (3, 11):
        print("max_tasks_per_child: needs Python 3.11+, skipped on", sys.version[:4])
        return
    try:
        executor = ProcessPoolExecutor(1, mp_context=ctx, max_tasks_per_child=1)
    except ValueError as error:
        print(f"max_tasks_per_child with {options.start_method}: ValueError: {error}")
        return
    with executor:
        # One task at a time: a queued backlog can hang it without the gh-115634 fix.
        pids = [
            executor.submit(worker_report, n).result(timeout=30)[1] for n in range(3)
        ]
    print(f"max_tasks_per_child=1: 3 tasks ran in {len(set(pids))} processes")


if __name__ == "__main__":
    main()
