"""A BoundedSemaphore refuses a release that was never matched by an acquire.

A plain Semaphore quietly counts one more free slot after an extra release,
so the limit it enforces grows; a BoundedSemaphore raises ValueError instead.
A child makes the extra release; the parent prints what happened.
"""

import argparse
import multiprocessing

from mpguide.sync import release_extra

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    outcomes = ctx.Queue()
    for semaphore in (ctx.Semaphore(2), ctx.BoundedSemaphore(2)):
        child = ctx.Process(target=release_extra, args=(semaphore, outcomes))
        child.start()
        kind, outcome = outcomes.get(timeout=60)  # before join: drain the queue
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        print(f"{kind}(2), one release too many: {outcome}")


if __name__ == "__main__":
    main()
