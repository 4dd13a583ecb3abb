"""apply_async with callbacks, and get(timeout=...) on a slow task.

Callbacks hand each task's result or error to the parent. get(timeout=...)
gives up on a slow task with multiprocessing.TimeoutError; the task runs on.
"""

import argparse
import multiprocessing

from mpguide.pools import square
from mpguide.workers import raise_error, wait_for_io

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

        slow = pool.apply_async(wait_for_io, (1.5,))
        try:
            slow.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.2): multiprocessing.TimeoutError;", end=" ")
            print("ready() is", slow.ready())
        print("get(timeout=30) later:", slow.get(timeout=30))
        pool.close()
        pool.join()

    builtin = issubclass(multiprocessing.TimeoutError, TimeoutError)
    print("multiprocessing.TimeoutError subclasses builtin TimeoutError:", builtin)


if __name__ == "__main__":
    main()
