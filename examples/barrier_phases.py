"""A Barrier splits work into phases: nobody starts phase 2 early.

Three workers do a phase-1 job of different lengths, then wait at a
``Barrier(3)`` with a timeout. The barrier lets them all go only when the last
one arrives, so every phase-1 line is printed before any phase-2 line.
"""

import argparse
import multiprocessing

from mpguide.sync import run_phases

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--workers", type=int, default=3)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    barrier = ctx.Barrier(options.workers)
    workers = [
        # phase 1 takes worker-0 no time, and each next worker 0.1 s more
        ctx.Process(target=run_phases, args=(f"worker-{n}", barrier, n / 10, 60))
        for n in range(options.workers)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    codes = [worker.exitcode for worker in workers]
    print(f"parent: exit codes {codes}")
    if codes != [0] * options.workers:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
