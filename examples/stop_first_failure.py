"""Stop early: the first failure cancels every task that has not been handed over.

Item 1 is malformed and fails at once; each of the others takes a moment.
Tasks already handed to the pool cannot be cancelled: they run to the end.
"""

import argparse
import multiprocessing
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait

from mpguide.stopping import check_item

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--items", type=int, default=12)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    with ProcessPoolExecutor(2, ctx) as pool:
        futures = [pool.submit(check_item, n, 1, 0.3) for n in range(options.items)]
        done, _ = wait(futures, timeout=60, return_when=FIRST_EXCEPTION)
        pool.shutdown(wait=True, cancel_futures=True)  # new in Python 3.9
    errors = [f.exception() for f in done if f.exception() is not None]
    if not errors:
        raise SystemExit("no task failed within 60 seconds")
    ran = sum(not f.cancelled() for f in futures) - 1
    print(f"first failure: {errors[0]!r}")
    print(f"cancelled: {sum(f.cancelled() for f in futures)} of {options.items}")
    print(f"ran to the end anyway: {ran}")


if __name__ == "__main__":
    main()
