"""Follow one process from creation to close.

Prints a child's name and state (alive?, PID, exit code) after each step of its life.
"""

import argparse
import multiprocessing

from mpguide.processes import wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()


def describe(label: str, child: multiprocessing.process.BaseProcess) -> None:
    alive, pid, code = child.is_alive(), child.pid, child.exitcode
    print(f"{child.name} {label:<7} alive={alive!s:<5} pid={pid!s:<6} exitcode={code}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    describe("created", child)
    child.start()
    ready.wait(timeout=60)  # the child has started and now waits for `release`
    describe("started", child)
    release.set()  # let it finish
    child.join(timeout=60)
    describe("joined", child)
    child.close()  # frees its resources; the object is unusable from now on
    try:
        child.is_alive()
    except ValueError as error:
        print(f"after close(): ValueError: {error}")


if __name__ == "__main__":
    main()
