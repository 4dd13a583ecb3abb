"""concurrent.futures.ProcessPoolExecutor: futures, timeouts and a broken pool.

Tasks go in with submit() and map(); as_completed() yields futures as they
finish. result(timeout=...) gives up on a slow task and re-raises a failed
one. max_tasks_per_child (Python 3.11+) retires workers, and a worker that
dies abruptly breaks the whole executor with BrokenProcessPool.
"""

import concurrent.futures
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from mpguide.cli import example_parser
from mpguide.pools import die_abruptly, square, worker_report
from mpguide.workers import TaskFailed, raise_error, wait_for_io


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        # submit() returns a Future at once; as_completed() yields each future
        # when it finishes, whatever order they were submitted in.
        futures = {executor.submit(wait_for_io, s): s for s in (0.8, 0.1, 0.4)}
        done = [futures[f] for f in as_completed(futures, timeout=30)]
        print("as_completed order:", done)
        # map() keeps input order, like the builtin.
        print("map:", list(executor.map(square, range(8), timeout=30, chunksize=2)))

        slow = executor.submit(wait_for_io, 1.5)
        try:
            slow.result(timeout=0.2)
        except concurrent.futures.TimeoutError:  # the builtin one since 3.11
            print("result(timeout=0.2): TimeoutError; done() is", slow.done())
        print("result(timeout=30) later:", slow.result(timeout=30))

        failing = executor.submit(raise_error, "disk full")
        try:
            failing.result(timeout=30)
        except TaskFailed as error:
            cause = type(error.__cause__).__name__
            print(f"result() raised TaskFailed: {error} (__cause__: {cause})")

    # max_tasks_per_child is new in 3.11 and refuses the fork start method.
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
            # which also stays clear of a hang with a queued backlog that
            # Python fixed only in 3.14.7 (gh-115634).
            pids = [
                executor.submit(worker_report, n).result(timeout=30)[1]
                for n in range(3)
            ]
            print(f"max_tasks_per_child=1: 3 tasks ran in {len(set(pids))} processes")

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
