"""Producer and consumers on a Queue, stopped by one sentinel per consumer.

The parent puts tasks on a queue, then one ``None`` per consumer. Each consumer
works until it takes a ``None``; the parent collects every result, joins the
consumers with a timeout and checks their exit codes.
"""

import multiprocessing
import sys
from collections import Counter

from mpguide.cli import example_parser, positive_int
from mpguide.queues import WAIT_SECONDS, collect, consume

LIMITS = [20_000, 5_000, 40_000, 10_000, 30_000, 15_000, 25_000, 35_000]


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--consumers", type=positive_int, default=3, help="how many")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    tasks = ctx.Queue()
    results = ctx.Queue()
    consumers = [
        ctx.Process(target=consume, args=(tasks, results), name=f"consumer-{n}")
        for n in range(options.consumers)
    ]
    for consumer in consumers:
        consumer.start()

    for limit in LIMITS:
        tasks.put(limit)
    for _ in consumers:
        tasks.put(None)  # one sentinel stops one consumer

    # Drain the results *before* joining: a consumer that still has results
    # in its queue's buffer cannot exit (see queue_join_deadlock.py).
    found = collect(results, len(LIMITS), consumers)
    for consumer in consumers:
        consumer.join(timeout=WAIT_SECONDS)

    for name, limit, primes in sorted(found, key=lambda item: item[1]):
        print(f"{primes:>5} primes below {limit:>6,}  (counted by {name})")
    per_consumer = Counter(name for name, _, _ in found)
    for consumer in consumers:
        print(
            f"{consumer.name}: took {per_consumer[consumer.name]} of the tasks, "
            f"exit code {consumer.exitcode}"
        )
    if any(consumer.exitcode != 0 for consumer in consumers):
        sys.exit(1)
    print(f"all {len(LIMITS)} results collected, all consumers exited cleanly")


if __name__ == "__main__":
    main()
