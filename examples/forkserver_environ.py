"""A forkserver child copies the fork server's environment, not the parent's.

The parent sets a variable after its first child; the second child reports it.
"""

import argparse
import multiprocessing
import os

START_METHODS = multiprocessing.get_all_start_methods()
NAME = "MPGUIDE_MODE"


def report(queue, passed) -> None:
    """Runs in the child: send what os.environ says and what was passed in."""
    queue.put((os.environ.get(NAME), passed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    ctx = multiprocessing.get_context(method)
    queue = ctx.Queue()
    for when in ("before", "after"):
        if when == "after":
            os.environ[NAME] = "fast"  # the fork server, if any, is running now
        child = ctx.Process(target=report, args=(queue, os.environ.get(NAME)))
        child.start()
        seen, passed = queue.get(timeout=60)  # drain the queue before join()
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"the child failed (exit code {child.exitcode})")
        print(
            f"{method} child {when} the change: environ {seen!r}, argument {passed!r}"
        )


if __name__ == "__main__":
    main()
