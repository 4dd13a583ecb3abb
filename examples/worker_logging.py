"""Logging from pool workers to one place: QueueHandler in, QueueListener out.

Each worker's initializer sends its log records to a queue, and so does the parent; one
listener thread writes them all, with the process name, to standard error.
"""

import argparse
import logging
import logging.handlers
import multiprocessing

from mpguide.failures import log_to_queue, logged_task

START_METHODS = multiprocessing.get_all_start_methods()
FORMAT = "%(processName)-22s %(levelname)-7s %(name)s: %(message)s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    records = ctx.Queue()

    # The only real handler: it lives in the parent, fed by the listener thread.
    to_stderr = logging.StreamHandler()  # sys.stderr by default
    to_stderr.setFormatter(logging.Formatter(FORMAT))
    listener = logging.handlers.QueueListener(records, to_stderr)
    listener.start()
    log_to_queue(records)  # the parent logs through the same queue
    log = logging.getLogger("mpguide.parent")
    try:
        log.info("starting 2 workers")
        with ctx.Pool(2, initializer=log_to_queue, initargs=(records,)) as pool:
            results = pool.map_async(logged_task, [3, -2, 5, 1]).get(timeout=60)
            pool.close()
            pool.join()  # workers flush their queued records as they exit
        log.info("results: %s", results)
    finally:
        logging.getLogger().handlers.clear()  # nothing may log to the queue now
        listener.stop()  # handles every record still queued, then returns
    print("results:", results)


if __name__ == "__main__":
    main()
