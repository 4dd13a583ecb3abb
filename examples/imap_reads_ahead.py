"""imap() reads its whole input ahead of the workers, however lazy the input is.

A generator records the items taken from it; the count is read before any result.
"""

import argparse
import multiprocessing
import threading

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def numbers(count: int, taken: list[int], exhausted: threading.Event):
    """A lazy input: record every item taken, and say when none is left."""
    for number in range(count):
        taken.append(number)
        yield number
    exhausted.set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    taken: list[int] = []
    exhausted = threading.Event()
    with ctx.Pool(processes=2) as pool:
        results = pool.imap(square, numbers(10_000, taken, exhausted), chunksize=10)
        exhausted.wait(timeout=60)  # no result has been asked for yet
        print(f"input items taken before the first result was read: {len(taken)}")
        print(f"first result: {next(results)}, total: {sum(results)}")
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
