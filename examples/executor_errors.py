"""A ProcessPoolExecutor used the wrong way, and what Python says about each.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show.
"""

import argparse
import multiprocessing
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed

from mpguide.mistakes import fail_to_start
from mpguide.tasks import square, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def submit_after_with(ctx) -> None:
    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        executor.submit(square, 2).result(timeout=60)
    executor.submit(square, 3)  # the mistake: leaving the with block shut it down


def result_too_late(ctx) -> None:
    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        executor.submit(wait_for_io, 0.5).result(timeout=0.2)  # still running


def as_completed_too_late(ctx) -> None:
    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        futures = [executor.submit(wait_for_io, 0.5) for _ in range(2)]
        for future in as_completed(futures, timeout=0.2):  # neither is done yet
            future.result()


def failing_initializer(ctx) -> None:
    with ProcessPoolExecutor(1, ctx, initializer=fail_to_start) as executor:
        executor.submit(square, 2).result(timeout=60)  # no worker ever starts


def max_tasks_with_fork(ctx) -> None:
    # max_tasks_per_child is new in 3.11; it refuses the fork start method
    with ProcessPoolExecutor(1, ctx, max_tasks_per_child=1) as executor:
        print("  accepted:", executor.submit(square, 2).result(timeout=60))


MISTAKES = {
    "submit-after-with": submit_after_with,
    "result-too-late": result_too_late,
    "as-completed-too-late": as_completed_too_late,
    "failing-initializer": failing_initializer,
    "max-tasks-with-fork": max_tasks_with_fork,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--what", nargs="+", choices=MISTAKES, default=list(MISTAKES))
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    for what in options.what:
        print(f"{what}:")
        try:
            MISTAKES[what](ctx)
        except Exception as error:
            print(*traceback.format_exception_only(error), sep="", end="")


if __name__ == "__main__":
    main()
