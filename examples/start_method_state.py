"""What a child inherits from its parent, per start method.

The parent changes a module-level value after importing it, then starts one
child, which reports the value it sees and how many threads it has. A fork
child sees the parent's change; spawn and forkserver children see the value
the module had at import. With ``--with-thread`` the parent has a second
thread running when the child starts.
"""

import multiprocessing
import sys
import threading

import mpguide.start_methods as state
from mpguide.cli import example_parser


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--with-thread",
        action="store_true",
        help="keep a second thread running in the parent while the child starts",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    state.change_setting("changed by the parent")
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, args=(60,), name="helper")
    if options.with_thread:
        helper.start()
    print(
        f"parent: setting is {state.setting!r}, "
        f"{threading.active_count()} thread(s) running"
    )

    # A one-way pipe: no named semaphores, and EOF if the child dies silently.
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=state.report_state, args=(writer,))
    child.start()
    writer.close()  # the child has its own copy; keep only the reading end
    report = None
    try:
        if reader.poll(60):  # read before join, with a timeout
            report = reader.recv()
    except EOFError:
        pass  # the child ended without sending anything
    finally:
        reader.close()
    child.join(timeout=60)
    if child.is_alive():
        child.kill()
        child.join()
    stop.set()
    if options.with_thread:
        helper.join(timeout=60)

    if report is None or child.exitcode != 0:
        print(f"parent: the child failed (exit code {child.exitcode})")
        sys.exit(1)
    origin = (
        "the parent's change"
        if report["setting"] == state.setting
        else "the import-time value"
    )
    print(
        f"{options.start_method} child: setting is {report['setting']!r} "
        f"({origin}), {report['threads']} thread(s) running"
    )


if __name__ == "__main__":
    main()
