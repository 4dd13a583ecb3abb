"""JoinableQueue to wait for the work, SimpleQueue for the results.

Consumers mark each task done on a ``JoinableQueue``; the parent's wait on it
returns once every task was marked. Results travel on a ``SimpleQueue``, whose
``put()`` writes into the pipe before it returns, so they are all readable by
the time the tasks are done.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.queues import WAIT_SECONDS, consume_joinable, wait_in_thread

LIMITS = [1_000, 2_000, 3_000, 4_000, 5_000, 6_000]
CONSUMERS = 2


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    tasks = ctx.JoinableQueue()
    results = ctx.SimpleQueue()
    consumers = [
        ctx.Process(target=consume_joinable, args=(tasks, results))
        for _ in range(CONSUMERS)
    ]
    for consumer in consumers:
        consumer.start()
    for limit in LIMITS:
        tasks.put(limit)
    for _ in consumers:
        tasks.put(None)

    # tasks.join() takes no timeout; wait_in_thread bounds it.
    if not wait_in_thread(tasks.join, WAIT_SECONDS):
        sys.exit(f"tasks not done within {WAIT_SECONDS:g} s")
    print(f"tasks.join() returned: all {len(LIMITS) + CONSUMERS} items marked done")

    found = []
    while not results.empty():  # SimpleQueue.get() has no timeout either
        found.append(results.get())
    results.close()  # SimpleQueue.close() exists since Python 3.9
    for limit, primes in sorted(found):
        print(f"  {primes:>4} primes below {limit:,}")

    for consumer in consumers:
        consumer.join(timeout=WAIT_SECONDS)
    codes = [consumer.exitcode for consumer in consumers]
    print(f"consumer exit codes: {codes}")
    if len(found) != len(LIMITS) or codes != [0] * CONSUMERS:
        sys.exit(1)


if __name__ == "__main__":
    main()
