"""Follow one process from creation to close.

Prints a child's state (alive?, PID, exit code) after each step of its life,
then what close() does to the Process object.
"""

import argparse
import multiprocessing

from mpguide.workers import wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()


def describe(label: str, process: multiprocessing.process.BaseProcess) -> None:
    alive, pid, exitcode = process.is_alive(), process.pid, process.exitcode
    print(f"{label:<8} alive={alive!s:<5} pid={pid!s:<6} exitcode={exitcode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    # The child sets `ready`, then waits for `release`: still running when we look.
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    print(f"default name: {child.name}")
    describe("created", child)
    child.start()
    ready.wait(timeout=60)
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
