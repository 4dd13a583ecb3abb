"""apply_async() without get() or error_callback: the task's exception vanishes.

The program ends with exit status 0 and no traceback; then the same task with a callback.
"""

import argparse
import multiprocessing

from mpguide.failures import raise_error

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    errors: list[BaseException] = []
    with ctx.Pool(processes=1) as pool:
        pool.apply_async(raise_error, ("lost",))  # fire and forget: nobody looks
        pool.apply_async(raise_error, ("seen",), error_callback=errors.append)
        pool.close()
        pool.join()  # both tasks have run and failed by now
    print("the pool finished without a word about 'lost'")
    print("error_callback got:", errors)


if __name__ == "__main__":
    main()
