"""Future.result(): a timeout, and a failed task's exception.

result(timeout=...) gives up on a slow task, which runs on; result() raises a
failed task's exception again in the parent.
"""

import argparse
import concurrent.futures
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from mpguide.failures import TaskFailed, raise_error
from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
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
