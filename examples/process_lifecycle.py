"""Follow one process from creation to close.

Prints a child's state (alive?, PID, exit code) after each step of its life,
then what close() does to the Process object.
"""

import argparse
import multiprocessing

from mpguide.workers import wait_until_released


def describe(label: str, process: multiprocessing.process.BaseProcess) -> None:
    print(
        f"{label:<8} alive={process.is_alive()!s:<5} "
        f"pid={process.pid!s:<6} exitcode={process.exitcode}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    # The child sets `ready`, then waits for `release`: so it is certainly
    # still running when we look at it after start().
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
