"""apply_async with callbacks: each task's result or error, handed to the parent.

callback receives a task's return value, error_callback the exception it raised.
"""

import argparse
import multiprocessing

from mpguide.failures import raise_error
from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    results: list[int] = []  # filled by the callbacks, which run in the parent
    errors: list[BaseException] = []

    with ctx.Pool(processes=2) as pool:
        ok = pool.apply_async(square, (7,), callback=results.append)
        bad = pool.apply_async(
            raise_error, ("disk full",), error_callback=errors.append
        )
        # wait() returns after the callback ran: CPython calls it first.
        ok.wait(timeout=30)
        bad.wait(timeout=30)
        print("callback got:", results)
        print("error_callback got:", errors)
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
