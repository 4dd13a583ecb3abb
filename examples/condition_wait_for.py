"""A Condition: consumers wait until the producer has made enough items.

The parent makes three items, notifying after each; consumers wait with
``wait_for("at least N items", timeout)``. Of two late consumers, one is
satisfied at once; the other wants more than will come and times out.
"""

import argparse
import multiprocessing
import time

from mpguide.sync import consume_when

START_METHODS = multiprocessing.get_all_start_methods()
ITEMS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    condition = ctx.Condition()
    produced = ctx.Value("i", 0, lock=False)  # guarded by the condition's lock

    # Each consumer: (name, items wanted, seconds it waits for them)
    early = [("consumer-a", 1, 60), ("consumer-b", 3, 60)]
    children = [
        ctx.Process(target=consume_when, args=(name, condition, produced, n, t))
        for name, n, t in early
    ]
    for child in children:
        child.start()
    for item in range(1, ITEMS + 1):
        time.sleep(0.1)  # the work of making an item
        if not condition.acquire(timeout=60):  # `with condition:` has no timeout
            raise SystemExit("producer: the condition's lock stayed taken")
        try:
            produced.value = item
            print(f"producer: item {item} ready, notifying", flush=True)
            condition.notify_all()
        finally:
            condition.release()
    for child in children:
        child.join(timeout=60)

    print("producer: done; starting two late consumers", flush=True)
    late = [("consumer-c", 2, 60), ("consumer-d", ITEMS + 1, 0.5)]
    for name, n, t in late:
        child = ctx.Process(target=consume_when, args=(name, condition, produced, n, t))
        children.append(child)
        child.start()
        child.join(timeout=60)  # one at a time, for a fixed order
    codes = [child.exitcode for child in children]
    print(f"exit codes {codes}")
    if codes != [0] * len(codes):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
