"""Producer and consumers on a Queue, stopped by one sentinel per consumer.

The parent puts eight counting tasks on a queue, then one ``None`` per consumer,
and prints each result with the consumer that counted it.
"""

import argparse
import multiprocessing
from collections import Counter

from mpguide.queues import consume
from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
LIMITS = [20_000, 5_000, 40_000, 10_000, 30_000, 15_000, 25_000, 35_000]
TIMEOUT = 60  # seconds; only a dead consumer makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--consumers", type=int, default=3, help="how many consumers")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    tasks, results = ctx.Queue(), ctx.Queue()
    consumers = [
        ctx.Process(
            target=consume, args=(tasks, results, count_primes), name=f"consumer-{n}"
        )
        for n in range(options.consumers)
    ]
    for consumer in consumers:
        consumer.start()
    for item in [*LIMITS, *[None] * len(consumers)]:  # one None stops one consumer
        tasks.put(item)

    # Read every result *before* joining: see queue_join_deadlock.py.
    found = [results.get(timeout=TIMEOUT) for _ in LIMITS]
    for consumer in consumers:
        consumer.join(timeout=TIMEOUT)

    for name, limit, primes in sorted(found, key=lambda item: item[1]):
        print(f"{primes:>5} primes below {limit:>6,}  (counted by {name})")
    took = Counter(name for name, _, _ in found)
    for consumer in consumers:
        print(
            f"{consumer.name}: took {took[consumer.name]} of the tasks, "
            f"exit code {consumer.exitcode}"
        )
    if any(consumer.exitcode != 0 for consumer in consumers):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
