"""Stop cleanly on SIGTERM: take no new tasks, let running ones end, exit 0.

`docker stop` sends SIGTERM, then SIGKILL after a grace period; a thread plays
that part here. With --hang one task never ends, and the deadline stops it.
POSIX only.
"""

import argparse
import concurrent.futures as cf
import multiprocessing
import os
import signal
import threading

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def send_sigterm_when(busy: threading.Event) -> None:
    """Stand in for `docker stop`: SIGTERM to this process once it is busy."""
    if busy.wait(timeout=60):
        os.kill(os.getpid(), signal.SIGTERM)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--hang", action="store_true", help="the first task hangs")
    parser.add_argument("--grace", type=float, default=20, help="deadline, seconds")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    stop, busy = threading.Event(), threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())  # only that
    threading.Thread(target=send_sigterm_when, args=(busy,), daemon=True).start()
    futures: list[cf.Future[float]] = []
    with cf.ProcessPoolExecutor(
        2,
        mp_context=ctx,
        initializer=signal.signal,
        initargs=(signal.SIGTERM, signal.SIG_IGN),
    ) as executor:
        while not stop.is_set():  # requests keep coming until SIGTERM
            unfinished = [future for future in futures if not future.done()]
            if len(unfinished) < 8:
                seconds = 60 if options.hang and not futures else 0.2
                futures.append(executor.submit(wait_for_io, seconds))
                continue
            busy.set()  # a backlog: wait until a task finishes
            cf.wait(unfinished, timeout=60, return_when=cf.FIRST_COMPLETED)
        cancelled = sum(future.cancel() for future in futures)  # not started yet
        print(f"SIGTERM: no new tasks; {cancelled} queued tasks cancelled")
        started = [future for future in futures if not future.cancelled()]
        done, late = cf.wait(started, timeout=options.grace)
        print(f"{len(done)} of {len(started)} tasks handed to the workers finished")
        if late:  # past the deadline: stop the workers, which ignore SIGTERM
            for worker in multiprocessing.active_children():
                worker.kill()
            print(f"deadline passed: killed the workers; {len(late)} tasks lost")
    print("stopped: exit status 0")


if __name__ == "__main__":
    main()
