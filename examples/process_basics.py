"""Start child processes, join them and check how each one ended.

Two children print who they are; with --with-failure a third one raises. The
parent prints each child's exit code and exits with status 1 if any failed.
"""

import argparse
import multiprocessing
import os
import sys

from mpguide.failures import raise_error
from mpguide.processes import introduce

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--with-failure", action="store_true", help="one child fails")
    options = parser.parse_args()
    # A context names the start method without changing the global default.
    ctx = multiprocessing.get_context(options.start_method)
    print(f"parent: pid {os.getpid()}, start method {options.start_method!r}")

    # args is a tuple: ("alpha",) with its comma, not ("alpha").
    children = [
        ctx.Process(target=introduce, args=("alpha",), name="alpha"),
        ctx.Process(target=introduce, args=("beta",), name="beta"),
    ]
    if options.with_failure:
        children.append(ctx.Process(target=raise_error, args=("oops",), name="gamma"))
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)  # never wait forever on a stuck child
        if child.is_alive():
            child.kill()
            child.join()
        print(f"parent: {child.name} exited with code {child.exitcode}")

    failed = sum(child.exitcode != 0 for child in children)
    if failed:  # fail the program too: message on stderr, exit status 1
        sys.exit(f"parent: {failed} of {len(children)} children failed")
    print(f"parent: all {len(children)} children succeeded")


if __name__ == "__main__":
    main()
