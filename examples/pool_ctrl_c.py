"""Ctrl-C in a pool, handled cleanly: the parent stops the pool and exits 130.

Once work is under way the script sends SIGINT to itself, as Ctrl-C would,
and catches KeyboardInterrupt in the parent. The workers ignore SIGINT (an
initializer sets that up), so only the parent reacts. POSIX only.
"""

import multiprocessing
import os
import signal
import sys

from mpguide.cli import example_parser
from mpguide.failures import announce_then_work, init_ctrl_c_worker

INTERRUPTED = 128 + signal.SIGINT  # 130: the shell's status for "ended by Ctrl-C"


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--whole-group",
        action="store_true",
        help="signal the whole process group, workers included, as a terminal does",
    )
    parser.add_argument(
        "--workers-see-sigint",
        action="store_true",
        help="leave SIGINT at its default in the workers (the mistake)",
    )
    options = parser.parse_args()
    if sys.platform == "win32":
        parser.error("this example needs POSIX signals")
    if options.whole_group and os.getpgrp() != os.getpid():
        parser.error(
            "--whole-group: run this from an interactive shell, so that "
            "the script leads its own process group"
        )
    ctx = multiprocessing.get_context(options.start_method)

    started = ctx.Event()
    ignore = not options.workers_see_sigint
    with ctx.Pool(
        2, initializer=init_ctrl_c_worker, initargs=(started, ignore)
    ) as pool:
        try:
            results = pool.map_async(announce_then_work, [30, 30, 30, 30])
            if not started.wait(timeout=60):
                sys.exit("no worker started within 60 s")
            print("parent: work is under way; pressing Ctrl-C")
            if options.whole_group:
                os.killpg(os.getpgrp(), signal.SIGINT)  # what a terminal does
            else:
                os.kill(os.getpid(), signal.SIGINT)  # the parent only
            results.get(timeout=60)
        except KeyboardInterrupt:
            print("parent: KeyboardInterrupt; terminating the pool")
            pool.terminate()  # stop the workers now: nobody wants the results
            pool.join()
            print("parent: workers stopped; exiting with status", INTERRUPTED)
            sys.exit(INTERRUPTED)


if __name__ == "__main__":
    main()
