"""Stop early: the first result wins, the other tasks are cancelled or told to stop.

Task 0 finishes quickly; the others would run for a minute. What happened to
each of the others shows what a pool can still cancel and what it cannot.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from mpguide.stopping import init_stop, search

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=10)
    options = parser.parse_args()
    ctx, tasks = multiprocessing.get_context(options.start_method), options.tasks
    stop = ctx.Event()  # every worker gets it once, through the initializer
    with ProcessPoolExecutor(2, ctx, initializer=init_stop, initargs=(stop,)) as pool:
        futures = [pool.submit(search, n, 0.2 if n == 0 else 60) for n in range(tasks)]
        try:
            winner = next(as_completed(futures, timeout=60)).result()
        finally:
            # cancel() works only for a task no worker can have started yet...
            cancelled = [f.cancel() for f in futures[1:]]
            stop.set()  # ...the others see the event and return None
    stopped = sum(f.result() is None for f in futures if not f.cancelled())
    print(f"first result: task {winner}")
    print(f"cancel() succeeded for {sum(cancelled)} of the {tasks - 1} others")
    print(f"already handed to the pool, stopped by the event: {stopped}")


if __name__ == "__main__":
    main()
