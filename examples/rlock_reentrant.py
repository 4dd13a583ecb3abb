"""An RLock lets the process that holds it acquire it again; a Lock does not.

A child acquires each kind of lock, then tries to acquire it a second time
while still holding it. The second try has a timeout, so with a plain Lock it
returns False instead of waiting forever.
"""

import argparse
import multiprocessing

from mpguide.sync import nested_acquire

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    results = ctx.Queue()
    for lock in (ctx.RLock(), ctx.Lock()):
        # The second acquire gives up after half a second.
        child = ctx.Process(target=nested_acquire, args=(lock, 0.5, results))
        child.start()
        kind, first, second = results.get(timeout=60)  # before join: drain
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        print(f"{kind:>5}: first acquire {first}, second acquire {second}")


if __name__ == "__main__":
    main()
