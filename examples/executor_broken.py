"""A worker that dies abruptly breaks a ProcessPoolExecutor for good.

The crashed task's future fails with BrokenProcessPool, and so does every
later submit(): a broken executor cannot be repaired, only replaced.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mpguide.failures import die_abruptly
from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        crash = executor.submit(die_abruptly, 3)  # os._exit(3), as a crash would
        try:
            crash.result(timeout=30)
        except BrokenProcessPool as error:
            print(f"worker died: BrokenProcessPool: {error}")
        try:
            executor.submit(square, 2)
        except BrokenProcessPool:
            print("submit() afterwards: BrokenProcessPool, the executor is unusable")


if __name__ == "__main__":
    main()
