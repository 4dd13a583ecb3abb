"""Daemon children: stopped when the parent exits, and never parents themselves.

A daemon child that tries to start a process of its own fails. Another daemon, still
waiting when main() returns, is not waited for but terminated as the parent exits.
"""

import argparse
import multiprocessing

from mpguide.processes import start_grandchild, wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    parent_of_one = ctx.Process(target=start_grandchild, daemon=True)
    parent_of_one.start()
    parent_of_one.join(timeout=60)
    print(f"daemon that started a process: exitcode {parent_of_one.exitcode}")

    ready, never = ctx.Event(), ctx.Event()
    waiter = ctx.Process(target=wait_until_released, args=(ready, never, 600))
    waiter.daemon = True  # must be set before start()
    waiter.start()
    if not ready.wait(timeout=60):
        raise SystemExit("the waiting daemon never started")
    print(f"waiting daemon alive as main() returns: {waiter.is_alive()}")
    # No join: at exit, multiprocessing terminates daemonic children (and
    # would wait for non-daemonic ones).


if __name__ == "__main__":
    main()
