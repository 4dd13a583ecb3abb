"""A child starts with one thread, however many its parent runs.

The parent starts a helper thread, then a child reports how many threads it sees.
"""

import argparse
import multiprocessing
import threading

START_METHODS = multiprocessing.get_all_start_methods()


def report_threads(queue) -> None:
    """Runs in the child: send the number of threads this process runs."""
    queue.put(threading.active_count())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    ctx = multiprocessing.get_context(method)

    stop = threading.Event()
    threading.Thread(target=stop.wait, args=(60,)).start()  # runs until stop.set()
    print(f"parent: {threading.active_count()} threads running")
    queue = ctx.Queue()
    child = ctx.Process(target=report_threads, args=(queue,))
    child.start()
    threads = queue.get(timeout=60)  # drain the queue before join()
    child.join(timeout=60)
    stop.set()
    if child.exitcode != 0:
        raise SystemExit(f"parent: the child failed (exit code {child.exitcode})")
    print(f"{method} child: {threads} thread(s) running")


if __name__ == "__main__":
    main()
