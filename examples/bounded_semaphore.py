"""A BoundedSemaphore refuses a release that was never matched by an acquire.

A plain Semaphore quietly counts one more free slot after an extra release,
so the limit it enforces grows; a BoundedSemaphore raises ValueError instead.
A child makes the extra release; the parent reads what happened.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.sync import WAIT_SECONDS, release_extra


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    outcomes = ctx.Queue()
    failed = False
    for semaphore in (ctx.Semaphore(2), ctx.BoundedSemaphore(2)):
        child = ctx.Process(target=release_extra, args=(semaphore, outcomes))
        child.start()
        kind, outcome = outcomes.get(timeout=WAIT_SECONDS)  # before join
        child.join(timeout=WAIT_SECONDS)
        failed = failed or child.exitcode != 0
        print(f"{kind}(2), one release too many: {outcome}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
