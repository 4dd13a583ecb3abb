"""Fork while a thread holds a lock: in the child, nobody ever releases it."""

import argparse
import multiprocessing
import threading

START_METHODS = multiprocessing.get_all_start_methods()
LOCK = threading.Lock()  # think of a logging handler's or a library's lock


def hold_lock(holding, done) -> None:
    """Runs in a thread of the parent: hold LOCK until *done* is set."""
    with LOCK:
        holding.set()
        done.wait(timeout=60)


def take_lock() -> bool:
    """Runs in the worker: try for one second to take LOCK."""
    return LOCK.acquire(timeout=1)  # without a timeout, a fork child waits forever


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    ctx = multiprocessing.get_context(method)
    holding, done = threading.Event(), threading.Event()
    threading.Thread(target=hold_lock, args=(holding, done)).start()
    holding.wait(timeout=60)  # a thread of the parent holds LOCK from here on
    with ctx.Pool(processes=1) as pool:  # the worker process starts now
        took = pool.apply_async(take_lock).get(timeout=60)
        pool.close()
        pool.join()
    done.set()  # the thread releases LOCK, in the parent only
    print(f"{method} worker took the lock: {took}")


if __name__ == "__main__":
    main()
