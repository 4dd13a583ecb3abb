"""A Condition: consumers wait until the producer has made enough items.

The parent produces three items, one at a time, and notifies all waiters
after each. Each consumer waits with ``wait_for`` and a predicate, "at least
N items", and a timeout. Two consumers start only after production is over:
one is satisfied at once, the other wants more than will ever come and gives
up when its timeout runs out.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.sync import WAIT_SECONDS, acquire_or_fail, consume_when
from mpguide.workers import wait_for_io

ITEMS = 3


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    condition = ctx.Condition()
    produced = ctx.Value("i", 0, lock=False)  # guarded by the condition's lock

    # (name, items wanted, seconds to wait for them)
    early = [
        ctx.Process(target=consume_when, args=(name, condition, produced, n, t))
        for name, n, t in [
            ("consumer-a", 1, WAIT_SECONDS),
            ("consumer-b", 3, WAIT_SECONDS),
        ]
    ]
    for child in early:
        child.start()
    for item in range(1, ITEMS + 1):
        wait_for_io(0.1)  # simulated work to make the item
        acquire_or_fail(condition, WAIT_SECONDS, "the condition's lock")
        try:
            produced.value = item
            print(f"producer: item {item} ready, notifying", flush=True)
            condition.notify_all()
        finally:
            condition.release()
    for child in early:
        child.join(timeout=WAIT_SECONDS)

    print("producer: done; starting two late consumers")
    late = [
        ctx.Process(target=consume_when, args=(name, condition, produced, n, t))
        for name, n, t in [
            ("consumer-c", 2, WAIT_SECONDS),
            ("consumer-d", ITEMS + 1, 0.5),
        ]
    ]
    for child in late:
        child.start()
        child.join(timeout=WAIT_SECONDS)  # one at a time, for a fixed order
    codes = [child.exitcode for child in early + late]
    print(f"exit codes {codes}")
    sys.exit(0 if codes == [0] * len(codes) else 1)


if __name__ == "__main__":
    main()
