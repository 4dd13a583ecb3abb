"""Pools in a long-running program: one pool per request, against one for all.

Counts open files (Linux: /proc/self/fd) and child processes. Try python -X dev."""

import argparse
import multiprocessing
from pathlib import Path

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def report(label: str) -> None:
    fds = len(list(Path("/proc/self/fd").iterdir()))
    children = len(multiprocessing.active_children())
    print(f"{label + ':':<34}{fds:>3} open files, {children} child processes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    report("at start")
    kept = [ctx.Pool(2) for _ in range(4)]  # a pool per request, kept, never closed
    answers = [pool.map(square, range(10)) for pool in kept]
    report(f"{len(answers)} requests, 4 pools kept")
    for pool in kept:  # what each request should have done when it finished
        pool.terminate()
        pool.join()
    del kept, pool  # their pipes close only when the Pool objects go
    report("terminate(), join(), then dropped")
    ctx.Pool(2).map(square, range(10))  # never closed: -X dev warns when it goes
    with ctx.Pool(2) as pool:  # the fix: one long-lived pool for every request
        answers = [pool.map(square, range(10)) for _ in range(4)]
        report(f"{len(answers)} requests, one long-lived pool")


if __name__ == "__main__":
    main()
