"""An exception that pickles in the worker but will not unpickle in the parent.

NeedsTwo passes one of its two arguments to Exception.__init__; TwoArgs both.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mpguide.pickling import TwoArgs, fail_with

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        for kind in ("TwoArgs", "NeedsTwo"):
            try:
                executor.submit(fail_with, kind).result(timeout=60)
            except (TwoArgs, BrokenProcessPool) as error:
                print(f"Executor, {kind}: {type(error).__name__}: {error}")
                cause = str(error.__cause__).splitlines()[-2]  # the error line
        print(f"  caused by, in the parent: {cause}")

    pool = ctx.Pool(1)
    for kind, seconds in (("TwoArgs", 60), ("NeedsTwo", 3)):
        try:
            pool.apply_async(fail_with, (kind,)).get(timeout=seconds)
        except multiprocessing.TimeoutError:
            print(f"Pool, {kind}: no result after {seconds} s (stderr says why)")
        except TwoArgs as error:
            print(f"Pool, {kind}: {type(error).__name__}: {error}")
    try:
        pool.terminate()
    except AssertionError as error:  # the result thread is gone
        print(f"Pool.terminate(): AssertionError: {error}")
    pool.join()


if __name__ == "__main__":
    main()
