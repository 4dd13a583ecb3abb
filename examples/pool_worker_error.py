"""A worker's exception, raised again in the parent by AsyncResult.get().

get() raises the worker's exception again, with the worker's traceback as
text in __cause__. With --uncaught the error ends the run, and Python prints
both tracebacks.
"""

import argparse
import multiprocessing

from mpguide.failures import TaskFailed, raise_error

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--uncaught", action="store_true", help="leave it uncaught")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with ctx.Pool(processes=1) as pool:
        bad = pool.apply_async(raise_error, ("disk full",))
        if options.uncaught:
            bad.get(timeout=30)
        try:
            bad.get(timeout=30)
        except TaskFailed as error:
            remote = str(error.__cause__).strip().strip('"').strip().splitlines()
            print(f"get() raised {type(error).__name__}: {error}")
            print(f"  __cause__: {type(error.__cause__).__name__}, the worker's")
            print(f"  traceback as text; its last line: {remote[-1]}")
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
