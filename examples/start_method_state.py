"""What a child inherits from its parent, per start method.

main() changes a setting of this script, then a child reports the setting and the
number of threads it sees. With --with-thread the parent runs a second thread too.
"""

import argparse
import multiprocessing
import sys
import threading

START_METHODS = multiprocessing.get_all_start_methods()
# Module-level state, as a program's configuration often is.
CONFIG = {"setting": "set at import"}


def report_state(queue) -> None:
    """Runs in the child: send the setting and thread count this process sees."""
    queue.put((CONFIG["setting"], threading.active_count()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--with-thread", action="store_true", help="start a thread too")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    CONFIG["setting"] = "changed by the parent"
    stop = threading.Event()
    if options.with_thread:
        threading.Thread(target=stop.wait, args=(60,)).start()
    threads = threading.active_count()
    print(f"parent: setting is {CONFIG['setting']!r}, {threads} thread(s) running")

    queue = ctx.Queue()
    child = ctx.Process(target=report_state, args=(queue,))
    child.start()
    seen, threads = queue.get(timeout=60)  # drain the queue before join()
    child.join(timeout=60)
    stop.set()
    if child.exitcode != 0:
        sys.exit(f"parent: the child failed (exit code {child.exitcode})")

    changed = seen == CONFIG["setting"]
    origin = "the parent's change" if changed else "the import-time value"
    print(
        f"{options.start_method} child: setting is {seen!r} ({origin}), "
        f"{threads} thread(s) running"
    )


if __name__ == "__main__":
    main()
