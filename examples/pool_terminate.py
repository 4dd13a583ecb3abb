"""terminate() then join(): a pool drops what is unfinished.

Six 0.3-second tasks go to a two-worker pool, which is terminated at once; a
dropped task's result never arrives, so get() needs a timeout.
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
        pool.terminate()  # stop the workers now; queued tasks are dropped
        pool.join()
        done = sum(result.ready() for result in results)
        print(f"terminate() then join(): {done} of {len(results)} finished")
        try:
            results[-1].get(timeout=1)
        except multiprocessing.TimeoutError:
            print("  a dropped task's get(timeout=1): multiprocessing.TimeoutError")


if __name__ == "__main__":
    main()
