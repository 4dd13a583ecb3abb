"""Join a child before reading the queue it filled, and see it hang.

The child's payload outgrows a pipe's buffer: join() first times out, get() first works.
"""

import argparse
import multiprocessing

from mpguide.queues import put_payload

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--size", type=int, default=1_000_000, help="payload bytes")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    for order in ["join, then get", "get, then join"]:
        print(f"{order}:")
        results, returned = ctx.Queue(), ctx.Event()
        child = ctx.Process(target=put_payload, args=(results, options.size, returned))
        child.start()
        if not returned.wait(60):
            raise SystemExit("the child never returned from its function")
        print("  the child's function has returned")
        if order == "join, then get":
            child.join(timeout=2)  # long enough to show that join() is stuck
            state = "still alive" if child.is_alive() else "exited"
            print(f"  join(timeout=2): {state}, exit code {child.exitcode}")
        size = len(results.get(timeout=60))  # reading lets the child finish
        child.join(timeout=60)
        print(f"  get() took {size} bytes; then join(): exit code {child.exitcode}")
        if child.exitcode != 0:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
