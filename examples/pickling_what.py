"""What a pool can send to a worker, and what it cannot: one try each.

Each object goes to a worker as a task's argument, pickled by the parent.
"""

import argparse
import contextlib
import functools
import multiprocessing
import pickle
import sqlite3
import threading
from pathlib import Path

from mpguide.pickling import Greeter, scale, type_name

START_METHODS = multiprocessing.get_all_start_methods()
square = lambda x: x * x  # a lambda at module level, on purpose


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    def nested(x):  # defined inside main(): a local object
        return x

    class Local:
        pass

    db = contextlib.closing(sqlite3.connect(":memory:"))
    with Path(__file__).open() as file, db as connection, ctx.Pool(1) as pool:
        candidates = {
            "module-level function": scale,
            "functools.partial": functools.partial(scale, factor=3),
            "bound method": Greeter("Hello").greet,
            "callable instance": Greeter("Hi"),
            "staticmethod": Greeter.shout,
            "lambda": square,
            "nested function": nested,
            "local class instance": Local(),
            "threading.Lock": threading.Lock(),
            "sqlite3.Connection": connection,
            "generator": (n for n in range(3)),
            "open file": file,
        }
        print(f"{'what':<22}  pickles  exception")
        for what, obj in candidates.items():
            try:
                pool.apply_async(type_name, (obj,)).get(timeout=60)
            except (AttributeError, TypeError, pickle.PicklingError) as error:
                print(f"{what:<22}  no       {type(error).__name__}")
            else:
                print(f"{what:<22}  yes")


if __name__ == "__main__":
    main()
