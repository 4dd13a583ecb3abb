"""imap() reads its whole input ahead of the workers, however lazy the input is.

A generator counts the items taken from it; the program checks before using a result.
"""

import argparse
import multiprocessing
import threading

from mpguide.pools import square

START_METHODS = multiprocessing.get_all_start_methods()
taken = 0
exhausted = threading.Event()


def numbers(count: int):
    """A lazy input: count every item taken, and say when none is left."""
    global taken
    for number in range(count):
        taken += 1
        yield number
    exhausted.set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    with ctx.Pool(processes=2) as pool:
        results = pool.imap(square, numbers(10_000), chunksize=10)
        exhausted.wait(timeout=60)  # no result has been asked for yet
        print(f"input items taken before the first result was read: {taken}")
        print(f"first result: {next(results)}, total: {sum(results)}")
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
