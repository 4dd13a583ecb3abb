"""Manager proxies used after their manager stopped, and what Python says.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show.
"""

import argparse
import multiprocessing
import traceback

START_METHODS = multiprocessing.get_all_start_methods()


def use_after_shutdown(ctx) -> None:
    with ctx.Manager() as manager:
        totals = manager.dict()
        totals["first"] = 1  # this process is now connected to the manager
    totals["late"] = 1  # the mistake: the with block stopped the manager


def connect_after_shutdown(ctx) -> None:
    with ctx.Manager() as manager:
        totals = manager.dict()  # a proxy nobody has used yet
    totals["late"] = 1  # the mistake: its first use looks for a manager that is gone


MISTAKES = {
    "use-after-shutdown": use_after_shutdown,
    "connect-after-shutdown": connect_after_shutdown,
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
