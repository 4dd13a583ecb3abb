"""concurrent.futures.ProcessPoolExecutor: futures, map and timeouts.

as_completed() yields futures as they finish; map() keeps input order.
result(timeout=...) gives up on a slow task, and result() raises a failed
task's exception again in the parent.
"""

import argparse
import concurrent.futures
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from mpguide.pools import square
from mpguide.workers import TaskFailed, raise_error, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        # submit() returns a Future at once; as_completed() yields each future
        # when it finishes, whatever order they were submitted in.
        futures = {executor.submit(wait_for_io, s): s for s in (0.8, 0.1, 0.4)}
        done = [futures[future] for future in as_completed(futures, timeout=30)]
        print("as_completed order:", done)
        print("map:", list(executor.map(square, range(8), timeout=30, chunksize=2)))

        slow = executor.submit(wait_for_io, 1.5)
        try:
            slow.result(timeout=0.2)
        except concurrent.futures.TimeoutError:  # the builtin one since 3.11
            print("result(timeout=0.2): TimeoutError; done() is", slow.done())
        print("result(timeout=30) later:", slow.result(timeout=30))

        try:
            executor.submit(raise_error, "disk full").result(timeout=30)
        except TaskFailed as error:
            cause = type(error.__cause__).__name__
            print(f"result() raised TaskFailed: {error} (__cause__: {cause})")


if __name__ == "__main__":
    main()
