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
from mpguide.failures import (
    announce_then_work,
    count_ended,
    init_ctrl_c_worker,
    sigint_ignored,
)

INTERRUPTED = 128 + signal.SIGINT  # 130: the shell's status for "ended by Ctrl-C"


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--whole-group",
        action="store_true",
        help="signal the whole process group, workers included, as a terminal does",
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
    # Workers start out ignoring SIGINT when the pool is created while the
    # parent ignores it; the initializer makes sure of it in every worker.
    with sigint_ignored():
        pool = ctx.Pool(2, initializer=init_ctrl_c_worker, initargs=(started,))
    with pool:
        workers = ctx.active_children()  # the pool's worker processes
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
            print("parent: KeyboardInterrupt")
            # Only to show that the workers did not react to the signal:
            ended = count_ended(workers, timeout=1)
            print(f"parent: {ended} of {len(workers)} workers ended on their own")
            print("parent: terminating the pool")
            pool.terminate()  # stop the workers now: nobody wants the results
            pool.join()
            print("parent: workers stopped; exiting with status", INTERRUPTED)
            sys.exit(INTERRUPTED)


if __name__ == "__main__":
    main()
