"""A result that cannot be pickled: what Pool and ProcessPoolExecutor report.

The worker returns a threading.Lock, which the worker cannot pickle to send
back. Each pool reports an error for that task and then runs the next one.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.pool import MaybeEncodingError

from mpguide.pickling import make_lock, scale

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(1) as pool:
        try:
            pool.apply_async(make_lock).get(timeout=60)
        except MaybeEncodingError as error:
            print(f"Pool:     {type(error).__name__}: {error}")
        print("Pool:     next task returned", pool.apply(scale, (2, 3)))

    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        try:
            executor.submit(make_lock).result(timeout=60)
        except TypeError as error:  # the worker's pickling error, sent instead
            print(f"Executor: {type(error).__name__}: {error}")
        print("Executor: next task returned", executor.submit(scale, 2, 3).result(60))


if __name__ == "__main__":
    main()
