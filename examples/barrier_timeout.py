"""A wait that times out breaks the Barrier, for every party.

Only two workers come to a ``Barrier(3)``; each reports what its wait did.
"""

import argparse
import multiprocessing

from mpguide.sync import wait_at_barrier

START_METHODS = multiprocessing.get_all_start_methods()
WAIT = 0.5  # seconds each worker waits for the party that never comes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    barrier, outcomes = ctx.Barrier(3), ctx.Queue()
    workers = []
    for n in range(2):  # two of the three parties
        args = (f"worker-{n}", barrier, WAIT, outcomes)
        workers.append(ctx.Process(target=wait_at_barrier, args=args))
    for worker in workers:
        worker.start()
    # Drain the queue before joining; sorted, the output is the same every run.
    reports = sorted(outcomes.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
        if worker.exitcode != 0:
            raise SystemExit(f"{worker.name} failed: exit code {worker.exitcode}")
    for name, outcome in reports:
        print(f"{name}: {outcome}")
    print(f"barrier.broken is {barrier.broken}")


if __name__ == "__main__":
    main()
