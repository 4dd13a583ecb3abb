"""A second pool starts its workers in a process where the first pool runs threads.

With fork on Python 3.12+, that is when the multi-threaded fork warning appears.
"""

import argparse
import multiprocessing
import threading

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--first", choices=("pool", "manager"), default="pool")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    print(f"threads before the {options.first}: {threading.active_count()}")
    first = ctx.Pool(processes=1) if options.first == "pool" else ctx.Manager()
    print(f"threads after it started: {threading.active_count()}")
    with ctx.Pool(processes=2) as pool:  # its workers start here
        print("second pool:", pool.map(square, [1, 2, 3]))
        pool.close()
        pool.join()
    if options.first == "pool":
        first.close()
        first.join()
    else:
        first.shutdown()


if __name__ == "__main__":
    main()
