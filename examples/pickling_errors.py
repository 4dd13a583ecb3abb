"""Things a pool cannot send to its workers, and what Python says about each.

Each --what hands one object to a pool worker. Pickling the task fails in the
parent, and the example prints the last lines of the traceback Python would show.
"""

import argparse
import multiprocessing
import queue
import sqlite3
import traceback
from contextlib import closing
from pathlib import Path

from mpguide.mistakes import describe

START_METHODS = multiprocessing.get_all_start_methods()
MISTAKES = ["lambda", "local-function", "queue.Queue", "sqlite3", "generator"]
MISTAKES += ["open-file", "process", "mp-queue", "mp-lock", "pool"]
SCALE = {"double": lambda n: 2 * n}  # a lambda at module level still has no name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--what", nargs="+", choices=MISTAKES, default=MISTAKES)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    def triple(n: int) -> int:  # defined inside main(): no module-level name either
        return 3 * n

    connection = closing(sqlite3.connect(":memory:"))
    with ctx.Pool(1) as pool, Path(__file__).open() as file, connection as db:
        sends = {
            "lambda": (SCALE["double"], 1),
            "local-function": (triple, 1),
            "queue.Queue": (describe, queue.Queue()),  # a queue for threads
            "sqlite3": (describe, db),
            "generator": (describe, (n for n in range(3))),
            "open-file": (describe, file),
            "process": (describe, ctx.Process()),
            "mp-queue": (describe, ctx.Queue()),
            "mp-lock": (describe, ctx.Lock()),
            "pool": (describe, pool),
        }
        for what in options.what:
            function, argument = sends[what]
            print(f"{what}:")
            try:
                print("  sent:", pool.apply_async(function, (argument,)).get(30))
            except Exception as error:  # raised while pickling the task
                print(*traceback.format_exception_only(error), sep="", end="")


if __name__ == "__main__":
    main()
