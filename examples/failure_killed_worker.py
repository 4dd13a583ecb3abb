"""A worker killed by a signal: Pool waits on, ProcessPoolExecutor says so.

A task sends SIGKILL to its own worker, as the out-of-memory killer would.
Pool replaces the worker and the task's result never comes: only a bounded
wait notices. ProcessPoolExecutor fails every pending future with
BrokenProcessPool as soon as it sees the worker gone. POSIX only.
"""

import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mpguide.cli import example_parser
from mpguide.failures import kill_self
from mpguide.results import publish
from mpguide.workers import wait_for_io

POOL_PATIENCE = 3.0  # seconds we let Pool wait before giving up on it


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with ctx.Pool(2) as pool:
        started = time.perf_counter()
        killed = pool.apply_async(kill_self, (signal.SIGKILL,))
        try:
            killed.get(timeout=POOL_PATIENCE)
        except multiprocessing.TimeoutError:
            print("Pool: get() raised multiprocessing.TimeoutError")
        pool_seconds = time.perf_counter() - started
        print(f"Pool: no result and no error after {pool_seconds:.1f} s")
        # close() + join() would now wait forever for the lost task: stop it.
        pool.terminate()
        pool.join()
        print("Pool: terminate() + join() done")

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        # Warm up first, so that the timing below measures the crash only.
        list(executor.map(wait_for_io, [0, 0], timeout=60))
        started = time.perf_counter()
        bystander = executor.submit(wait_for_io, 30)  # an innocent, slow task
        killed_future = executor.submit(kill_self, signal.SIGKILL)
        try:
            killed_future.result(timeout=60)
        except BrokenProcessPool as error:
            print(f"ProcessPoolExecutor: BrokenProcessPool: {error}")
        executor_seconds = time.perf_counter() - started
        print(f"ProcessPoolExecutor: told us after {executor_seconds:.2f} s")
        try:
            bystander.result(timeout=60)
        except BrokenProcessPool:
            print("  the slow bystander task failed too: BrokenProcessPool")

    publish(
        {
            "pool_seconds": pool_seconds,
            "executor_seconds": executor_seconds,
            "pool_patience": POOL_PATIENCE,
        }
    )


if __name__ == "__main__":
    main()
