"""What a child inherits from its parent, per start method.

The parent changes a module-level value after importing it, then starts one
child, which reports the value it sees and how many threads it has. A fork
child sees the parent's change; spawn and forkserver children see the value
the module had at import. With --with-thread the parent has a second thread
running when the child starts.
"""

import argparse
import multiprocessing
import sys
import threading

from mpguide import start_methods
from mpguide.start_methods import report_state


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--with-thread", action="store_true", help="start a thread too")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    start_methods.setting = "changed by the parent"
    stop = threading.Event()
    if options.with_thread:
        threading.Thread(target=stop.wait, args=(60,)).start()
    threads = threading.active_count()
    print(f"parent: setting is {start_methods.setting!r}, {threads} thread(s) running")

    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=report_state, args=(writer,))
    child.start()
    writer.close()  # the child has its own copy: now EOF comes if the child dies
    report = reader.recv() if reader.poll(60) else None  # read before join
    child.join(timeout=60)
    stop.set()
    if report is None or child.exitcode != 0:
        sys.exit(f"parent: the child failed (exit code {child.exitcode})")

    seen, threads = report["setting"], report["threads"]
    changed = seen == start_methods.setting
    origin = "the parent's change" if changed else "the import-time value"
    print(
        f"{options.start_method} child: setting is {seen!r} ({origin}), "
        f"{threads} thread(s) running"
    )


if __name__ == "__main__":
    main()
