"""Start child processes, join them and check how each one ended.

Two children print who they are; with ``--with-failure`` a third one raises.
The parent reports every child's exit code and exits with status 1 if any
child failed, so a shell or CI job sees the failure too.
"""

import multiprocessing
import os
import sys

from mpguide.cli import example_parser
from mpguide.workers import introduce, raise_error


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--with-failure", action="store_true", help="add a child that raises"
    )
    options = parser.parse_args()
    # A context makes the start method explicit without changing the global
    # default that other code in the same program might rely on.
    ctx = multiprocessing.get_context(options.start_method)
    print(f"parent: pid {os.getpid()}, start method {options.start_method!r}")

    # args must be a tuple: ("alpha",) with its comma, not ("alpha").
    children = [
        ctx.Process(target=introduce, args=("alpha",), name="alpha"),
        ctx.Process(target=introduce, args=("beta",), name="beta"),
    ]
    if options.with_failure:
        children.append(
            ctx.Process(target=raise_error, args=("gamma gave up",), name="gamma")
        )

    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)  # never wait forever on a stuck child
        if child.is_alive():
            child.kill()
            child.join()

    failed = [child for child in children if child.exitcode != 0]
    for child in children:
        status = "ok" if child.exitcode == 0 else "FAILED"
        print(f"parent: {child.name} exited with code {child.exitcode} ({status})")
    if failed:
        print(f"parent: {len(failed)} of {len(children)} children failed")
        sys.exit(1)
    print(f"parent: all {len(children)} children succeeded")


if __name__ == "__main__":
    main()
