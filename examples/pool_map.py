"""Pool.map, imap, imap_unordered and starmap, and the order of their results.

Tasks that wait 0.8, 0.1 and 0.4 seconds go to two workers: map returns them all at
the end, imap one by one in input order, imap_unordered each as soon as it is done.
"""

import argparse
import multiprocessing
import time

from mpguide.tasks import power, square, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()
DURATIONS = [0.8, 0.1, 0.4]  # seconds each task waits, in input order


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(processes=2) as pool:
        # Warm up: the first call also waits for the workers to start.
        print("map      squares:", pool.map(square, range(8)))
        print("starmap  powers: ", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))

        for method in (pool.map, pool.imap, pool.imap_unordered):
            start = time.perf_counter()
            arrivals = [
                f"{result} at {time.perf_counter() - start:.1f} s"
                for result in method(wait_for_io, DURATIONS, chunksize=1)
            ]
            print(f"{method.__name__:<15}", ", ".join(arrivals))
        pool.close()  # no more tasks; workers exit once the queue is empty
        pool.join()


if __name__ == "__main__":
    main()
