"""JoinableQueue to wait for the work, SimpleQueue for the results.

Consumers mark each task done, which lets the parent's ``tasks.join()`` return;
by then every result is readable, as ``SimpleQueue.put()`` writes before it returns.
"""

import argparse
import multiprocessing
import threading

from mpguide.queues import consume_joinable
from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
LIMITS = [1_000, 2_000, 3_000, 4_000, 5_000, 6_000]
CONSUMERS = 2
TIMEOUT = 60  # seconds; only a stuck consumer makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    tasks, results = ctx.JoinableQueue(), ctx.SimpleQueue()
    consumers = [
        ctx.Process(target=consume_joinable, args=(tasks, results, count_primes))
        for _ in range(CONSUMERS)
    ]
    for consumer in consumers:
        consumer.start()
    for item in [*LIMITS, *[None] * CONSUMERS]:  # a sentinel per consumer
        tasks.put(item)

    # tasks.join() takes no timeout: wait for it in a thread, which does.
    waiter = threading.Thread(target=tasks.join, daemon=True)
    waiter.start()
    waiter.join(TIMEOUT)
    if waiter.is_alive():
        raise SystemExit(f"tasks not done within {TIMEOUT} s")
    print(f"tasks.join() returned: all {len(LIMITS) + CONSUMERS} items marked done")

    found = []
    while not results.empty():  # SimpleQueue.get() has no timeout either
        found.append(results.get())
    results.close()
    for limit, primes in sorted(found):
        print(f"  {primes:>4} primes below {limit:,}")

    for consumer in consumers:
        consumer.join(timeout=TIMEOUT)
    codes = [consumer.exitcode for consumer in consumers]
    print(f"consumer exit codes: {codes}")
    if len(found) != len(LIMITS) or codes != [0] * CONSUMERS:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
