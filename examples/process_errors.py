"""Process objects used in the wrong order, and what Python says about each.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show, then tidies up.
"""

import argparse
import multiprocessing
import traceback

from mpguide.processes import do_nothing, wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()
TIMEOUT = 60  # seconds; only a stuck child makes a wait this long


def start_twice(ctx) -> None:
    child = ctx.Process(target=do_nothing)
    child.start()
    try:
        child.start()  # the mistake: a Process object runs once; make a new one
    finally:
        child.join(TIMEOUT)


def join_before_start(ctx) -> None:
    child = ctx.Process(target=do_nothing)
    child.join(TIMEOUT)  # the mistake: start() was never called


def close_while_running(ctx) -> None:
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    child.start()
    ready.wait(TIMEOUT)  # the child is running now
    try:
        child.close()  # the mistake: close() only after join() or terminate()
    finally:
        release.set()
        child.join(TIMEOUT)


def use_after_close(ctx) -> None:
    child = ctx.Process(target=do_nothing)
    child.start()
    child.join(TIMEOUT)
    child.close()  # frees the process's resources, and the object with them
    print("  exit code:", child.exitcode)  # the mistake: read it before close()


MISTAKES = {
    "start-twice": start_twice,
    "join-before-start": join_before_start,
    "close-while-running": close_while_running,
    "use-after-close": use_after_close,
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
