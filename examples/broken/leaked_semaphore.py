"""DELIBERATELY BROKEN: a child is killed while it holds a lock it created.

Under spawn the lock is a named POSIX semaphore, which the child would have
removed on a normal exit. Killed (as ``kill -9`` or the kernel's out-of-memory
killer would), it cannot, so the resource tracker warns at shutdown and removes
it. The fixes are on the failures page. Do not copy it.
"""

import multiprocessing

from mpguide.mistakes import crash_holding_lock


def main() -> None:
    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=crash_holding_lock, args=("spawn",))
    child.start()
    child.join(timeout=60)
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    main()
