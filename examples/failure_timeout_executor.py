"""A timeout while waiting on a ProcessPoolExecutor's Future.

futures.wait() waits 0.2 s for a 1 s task and reports it not done; result()
raises. The task runs on regardless, and a longer wait collects its result.
"""

import argparse
import concurrent.futures
import multiprocessing

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()
PATIENCE = 0.2  # seconds each call below is willing to wait
SLOW = 1.0  # seconds the task takes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as executor:
        future = executor.submit(wait_for_io, SLOW)
        done, not_done = concurrent.futures.wait([future], timeout=PATIENCE)
        print(f"futures.wait: {len(done)} done, {len(not_done)} not done")
        try:
            future.result(timeout=PATIENCE)
        except concurrent.futures.TimeoutError as error:
            print("Future.result: raised", type(error))
        print("the task ran on:", future.result(timeout=60))


if __name__ == "__main__":
    main()
