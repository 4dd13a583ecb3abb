"""A worker killed by a signal: Pool waits on, ProcessPoolExecutor says so.

A task sends SIGKILL to its own worker (POSIX only). Pool never delivers that result, so
only a timeout notices; ProcessPoolExecutor fails every pending future at once.
"""

import argparse
import json
import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from mpguide.failures import kill_self
from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()
POOL_PATIENCE = 3.0  # seconds we let Pool wait before giving up on it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with ctx.Pool(2) as pool:
        started = time.perf_counter()
        try:
            pool.apply_async(kill_self, (signal.SIGKILL,)).get(timeout=POOL_PATIENCE)
        except multiprocessing.TimeoutError:
            pool_seconds = time.perf_counter() - started
            print(f"Pool: no result and no error, timed out after {pool_seconds:.1f} s")
        # close() + join() would wait forever for the lost task: stop it.
        pool.terminate()
        pool.join()

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        # Warm up first, so that the timing below measures the crash only.
        list(executor.map(wait_for_io, [0, 0], timeout=60))
        started = time.perf_counter()
        bystander = executor.submit(wait_for_io, 30)  # an innocent, slow task
        try:
            executor.submit(kill_self, signal.SIGKILL).result(timeout=60)
        except BrokenProcessPool as error:
            executor_seconds = time.perf_counter() - started
            print(f"ProcessPoolExecutor after {executor_seconds:.2f} s: {error}")
        try:
            bystander.result(timeout=60)
        except BrokenProcessPool:
            print("  the slow bystander task failed too: BrokenProcessPool")

    results = {"pool_seconds": pool_seconds, "executor_seconds": executor_seconds}
    results["pool_patience"] = POOL_PATIENCE
    if options.json:
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
