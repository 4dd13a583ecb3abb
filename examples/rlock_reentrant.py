"""An RLock lets the process that holds it acquire it again; a Lock does not.

A child acquires each kind of lock, then tries to acquire it a second time
while still holding it. The second try uses a timeout, so with a plain Lock it
returns False instead of waiting forever.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.sync import WAIT_SECONDS, nested_acquire

SECOND_TRY_TIMEOUT = 0.5


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    results = ctx.Queue()
    failed = False
    for lock in (ctx.RLock(), ctx.Lock()):
        child = ctx.Process(
            target=nested_acquire, args=(lock, SECOND_TRY_TIMEOUT, results)
        )
        child.start()
        kind, outer, inner = results.get(timeout=WAIT_SECONDS)  # before join
        child.join(timeout=WAIT_SECONDS)
        failed = failed or child.exitcode != 0
        print(f"{kind:>5}: first acquire {outer}, second acquire {inner}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
