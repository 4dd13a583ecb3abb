"""A multiprocessing.Pool used the wrong way, and what Python says about each.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show.
"""

import argparse
import multiprocessing
import traceback

from mpguide.mistakes import numbers_lazily
from mpguide.tasks import square, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def use_after_with(ctx) -> None:
    with ctx.Pool(1) as pool:
        pool.map(square, [1, 2])
    pool.map(square, [3])  # the mistake: leaving the with block terminated it


def join_while_running(ctx) -> None:
    with ctx.Pool(1) as pool:
        pool.join()  # the mistake: join() comes after close() or terminate()


def result_too_late(ctx) -> None:
    with ctx.Pool(1) as pool:
        pool.apply_async(wait_for_io, (5,)).get(timeout=0.2)  # still running


def unpicklable_result(ctx) -> None:
    with ctx.Pool(1) as pool:
        pool.apply_async(numbers_lazily, (3,)).get(timeout=60)  # a generator


MISTAKES = {
    "use-after-with": use_after_with,
    "join-while-running": join_while_running,
    "result-too-late": result_too_late,
    "unpicklable-result": unpicklable_result,
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
