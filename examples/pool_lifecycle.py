"""close() versus terminate(), and why join() needs one of them first.

Each part queues six 0.3-second tasks on a two-worker pool and counts how many
finished: close() lets the queue drain, terminate() drops what is unfinished.
"""

import argparse
import multiprocessing

from mpguide.workers import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()
TASKS = 6
SECONDS = 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(processes=2) as pool:
        results = [pool.apply_async(wait_for_io, (SECONDS,)) for _ in range(TASKS)]
        try:
            pool.join()
        except ValueError as error:
            print(f"join() on a running pool: ValueError: {error}")
        pool.close()  # no new tasks; queued ones still run
        pool.join()  # returns once the workers have drained the queue and exited
        done = sum(result.ready() for result in results)
        print(f"close() then join():     {done} of {TASKS} finished")

    with ctx.Pool(processes=2) as pool:
        results = [pool.apply_async(wait_for_io, (SECONDS,)) for _ in range(TASKS)]
        pool.terminate()  # stop the workers now; queued tasks are dropped
        pool.join()
        done = sum(result.ready() for result in results)
        print(f"terminate() then join(): {done} of {TASKS} finished")
        try:
            results[-1].get(timeout=1)
        except multiprocessing.TimeoutError:
            print("  a dropped task's get(timeout=1): multiprocessing.TimeoutError")


if __name__ == "__main__":
    main()
