"""A broken Barrier raises BrokenBarrierError instead of waiting forever.

Two ways to break a ``Barrier(3)``, for real: only two workers come and their
wait times out; or three come but one calls ``abort()``, as a worker that hit
an error would. Every worker reports what happened to it on a queue.
"""

import argparse
import multiprocessing

from mpguide.sync import wait_at_barrier

START_METHODS = multiprocessing.get_all_start_methods()
RUNS = [  # (title, timeout of each wait, whether each worker aborts)
    ("2 of 3 parties arrive, wait(timeout=0.5)", 0.5, [False, False]),
    ("3 parties, worker-2 aborts", 60, [False, False, True]),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    for title, timeout, aborts in RUNS:
        barrier, outcomes = ctx.Barrier(3), ctx.Queue()
        workers = [
            ctx.Process(
                target=wait_at_barrier,
                args=(f"worker-{n}", barrier, timeout, outcomes, abort),
            )
            for n, abort in enumerate(aborts)
        ]
        for worker in workers:
            worker.start()
        # Drain the queue before joining; sorted, the output is the same every run.
        reports = sorted(outcomes.get(timeout=60) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
            if worker.exitcode != 0:
                raise SystemExit(f"{worker.name} failed: exit code {worker.exitcode}")
        print(f"{title}:")
        for name, outcome in reports:
            print(f"  {name}: {outcome}")
        print(f"  barrier.broken is {barrier.broken}")


if __name__ == "__main__":
    main()
