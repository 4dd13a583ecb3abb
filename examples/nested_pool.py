"""A Pool worker cannot start a pool of its own; a ProcessPoolExecutor worker can.

One outer task tries to sum squares on an inner pool of two processes, first
in a multiprocessing.Pool worker, then in a ProcessPoolExecutor worker.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from mpguide.processes import inner_pool_total

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    ctx = multiprocessing.get_context(method)

    with ctx.Pool(1) as pool:
        try:
            pool.apply_async(inner_pool_total, (method, 4)).get(timeout=60)
        except AssertionError as error:  # raised in the worker, re-raised here
            print(f"Pool worker: {type(error).__name__}: {error}")
        else:
            raise SystemExit("the Pool worker started a pool: not expected")
        pool.close()
        pool.join()

    with ProcessPoolExecutor(1, mp_context=ctx) as executor:
        future = executor.submit(inner_pool_total, method, 4)
        daemon, total = future.result(timeout=60)
    print(f"ProcessPoolExecutor worker (daemon={daemon}): inner pool summed {total}")


if __name__ == "__main__":
    main()
