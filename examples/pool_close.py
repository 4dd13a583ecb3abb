"""close() then join(): a pool finishes its queue before its workers exit.

Six 0.3-second tasks go to a two-worker pool; join() refuses to wait on a running
pool, and after close() it returns once all six have finished.
"""

import argparse
import multiprocessing

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(processes=2) as pool:
        results = [pool.apply_async(wait_for_io, (0.3,)) for _ in range(6)]
        try:
            pool.join()
        except ValueError as error:
            print(f"join() on a running pool: ValueError: {error}")
        pool.close()  # no new tasks; queued ones still run
        pool.join()  # returns once the workers have drained the queue and exited
        done = sum(result.ready() for result in results)
        print(f"close() then join():     {done} of {len(results)} finished")


if __name__ == "__main__":
    main()
