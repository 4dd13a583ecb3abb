"""concurrent.futures.ProcessPoolExecutor: submit, as_completed and map.

as_completed() yields futures as they finish; map() keeps input order.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from mpguide.tasks import square, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        # submit() returns a Future at once; as_completed() yields each future
        # when it finishes, whatever order they were submitted in.
        futures = {executor.submit(wait_for_io, s): s for s in (0.8, 0.1, 0.4)}
        done = [futures[future] for future in as_completed(futures, timeout=30)]
        print("as_completed order:", done)
        print("map:", list(executor.map(square, range(8), timeout=30, chunksize=2)))


if __name__ == "__main__":
    main()
