"""A timeout while waiting on a Pool's AsyncResult.

wait() waits 0.2 s for a 1 s task and returns; get() raises. The task runs on
regardless, and a longer wait collects its result.
"""

import argparse
import multiprocessing

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()
PATIENCE = 0.2  # seconds each call below is willing to wait
SLOW = 1.0  # seconds the task takes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(1) as pool:
        slow = pool.apply_async(wait_for_io, (SLOW,))
        slow.wait(timeout=PATIENCE)
        print("AsyncResult.wait: returned; ready() is", slow.ready())
        try:
            slow.get(timeout=PATIENCE)
        except multiprocessing.TimeoutError as error:
            print("AsyncResult.get: raised", type(error))
        print("the task ran on:", slow.get(timeout=60))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
