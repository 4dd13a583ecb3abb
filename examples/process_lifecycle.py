"""Follow one process from creation to close, then stop others early.

Prints a child's state (alive?, PID, exit code) at each step of its life, then
shows terminate() and kill() ending children that would otherwise wait, and
what close() does to the Process object afterwards.
"""

import multiprocessing
import signal

from mpguide.cli import example_parser
from mpguide.workers import wait_until_released


def describe(label: str, process: multiprocessing.process.BaseProcess) -> None:
    print(
        f"{label:<8} alive={process.is_alive()!s:<5} "
        f"pid={process.pid!s:<6} exitcode={process.exitcode}"
    )


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    # The child signals `ready`, then waits for `release`: so it is certainly
    # still running when we look at it after start().
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    print(f"default name: {child.name}")
    describe("created", child)
    child.start()
    if not ready.wait(timeout=60):
        raise SystemExit("the child never became ready")
    describe("started", child)
    release.set()  # let it finish
    child.join(timeout=60)
    describe("joined", child)
    child.close()  # frees its resources; the object is unusable from now on
    try:
        child.is_alive()
    except ValueError as error:
        print(f"after close(): ValueError: {error}")

    # Children that wait until released: stop them from outside instead.
    for stop in ("terminate", "kill"):
        ready, release = ctx.Event(), ctx.Event()
        waiter = ctx.Process(
            target=wait_until_released, args=(ready, release), name=f"{stop}-me"
        )
        waiter.start()
        if not ready.wait(timeout=60):  # the child is running its target now
            raise SystemExit(f"{waiter.name} never became ready")
        getattr(waiter, stop)()
        waiter.join(timeout=60)
        code = waiter.exitcode
        how = signal.Signals(-code).name if code is not None and code < 0 else "?"
        print(f"{stop}(): {waiter.name} exitcode {code} ({how})")


if __name__ == "__main__":
    main()
