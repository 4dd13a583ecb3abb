"""Stop one hung task: a Process per task, a deadline, then terminate().

Pool and ProcessPoolExecutor cannot stop one running task; a process of its
own can be. Task 2 here is terminated; the others keep their results.
"""

import argparse
import multiprocessing
import queue
import time

from mpguide.lifetime import timed_task

START_METHODS = multiprocessing.get_all_start_methods()
SECONDS = [0.1, 0.1, 60, 0.1]  # what each task takes; task 2 "hangs"
DEADLINE = 2.0  # seconds each task may run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    started, results = ctx.Semaphore(0), ctx.Queue()
    tasks = [
        ctx.Process(target=timed_task, args=(n, seconds, started, results))
        for n, seconds in enumerate(SECONDS)
    ]
    for process in tasks:
        process.start()
    for _ in tasks:  # the clock starts once every task runs
        if not started.acquire(timeout=60):
            raise SystemExit("a task did not start within 60 s")
    deadline = time.monotonic() + DEADLINE
    finished = {}
    while len(finished) < len(tasks):  # drain the queue before any join()
        try:
            task, value = results.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break  # the deadline has passed
        finished[task] = value
    for n, process in enumerate(tasks):
        if n not in finished:
            process.terminate()  # SIGTERM to this one process only
        process.join(timeout=60)
        outcome = f"result {finished[n]}" if n in finished else "terminated"
        print(f"task {n}: {outcome}, exit code {process.exitcode}")


if __name__ == "__main__":
    main()
