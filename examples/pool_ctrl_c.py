"""Ctrl-C in a pool, handled cleanly: the parent stops the pool and exits 130.

Once work is under way the script sends itself SIGINT, as Ctrl-C would.
Its workers ignore SIGINT (their initializer sets that up), so only the parent
reacts. POSIX only.
"""

import argparse
import multiprocessing
import multiprocessing.connection
import os
import signal

from mpguide.failures import announce_then_work, init_ctrl_c_worker

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--whole-group", action="store_true", help="signal workers too")
    options = parser.parse_args()
    if os.name == "nt":
        parser.error("this example needs POSIX signals")
    if options.whole_group and os.getpgrp() != os.getpid():
        parser.error("--whole-group: run this from a shell, as its own process group")
    ctx = multiprocessing.get_context(options.start_method)

    started = ctx.Event()
    # Workers started while the parent ignores SIGINT ignore it from birth,
    # before their initializer runs (under forkserver only if this pool starts
    # the fork server); the parent's handler then comes back.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    pool = ctx.Pool(2, initializer=init_ctrl_c_worker, initargs=(started,))
    signal.signal(signal.SIGINT, previous)
    with pool:
        workers = ctx.active_children()  # the pool's worker processes
        try:
            results = pool.map_async(announce_then_work, [30, 30, 30, 30])
            if not started.wait(timeout=60):
                raise SystemExit("no worker started within 60 s")
            print("parent: work is under way; pressing Ctrl-C")
            if options.whole_group:
                os.killpg(os.getpgrp(), signal.SIGINT)  # what a terminal does
            else:
                os.kill(os.getpid(), signal.SIGINT)  # the parent only
            results.get(timeout=60)
        except KeyboardInterrupt:
            print("parent: KeyboardInterrupt")
            # Only to show that no worker died of the signal: wait a second
            # for any worker's sentinel, readable once that process has ended.
            sentinels = [worker.sentinel for worker in workers]
            ended = multiprocessing.connection.wait(sentinels, timeout=1)
            print(f"parent: {len(ended)} of {len(workers)} workers ended on their own")
            print("parent: terminating the pool")
            pool.terminate()  # stop the workers now: nobody wants the results
            pool.join()
            print("parent: workers stopped; exiting with status 130")
            raise SystemExit(128 + signal.SIGINT) from None  # the shell's Ctrl-C status


if __name__ == "__main__":
    main()
