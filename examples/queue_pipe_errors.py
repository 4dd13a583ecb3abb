"""Queues and pipes used the wrong way, and what Python says about each.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show.
"""

import argparse
import multiprocessing
import traceback

from mpguide.mistakes import describe

START_METHODS = multiprocessing.get_all_start_methods()
TIMEOUT = 60  # seconds; only a stuck child makes a wait this long


def task_done_twice(ctx) -> None:
    jobs = ctx.JoinableQueue()
    jobs.put("job")
    jobs.get(timeout=TIMEOUT)
    jobs.task_done()
    jobs.task_done()  # the mistake: one task_done() per item taken, no more


def get_from_empty(ctx) -> None:
    ctx.Queue().get(timeout=0.2)  # nothing arrives in time


def put_into_full(ctx) -> None:
    results = ctx.Queue(maxsize=1)
    results.put("first")
    results.put("second", timeout=0.2)  # nobody makes room in time


def put_after_close(ctx) -> None:
    results = ctx.Queue()
    results.close()  # this process is done with the queue...
    results.put("late")  # the mistake: ...but puts one more item


def recv_from_gone_sender(ctx) -> None:
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=describe, args=(writer,))  # never sends
    child.start()
    writer.close()  # the parent's copy: now only the child holds the send end
    child.join(TIMEOUT)
    reader.recv()  # the mistake: waits for a message nobody will send


def send_on_closed(ctx) -> None:
    _, writer = ctx.Pipe(duplex=False)
    writer.close()
    writer.send("late")  # the mistake: this end is already closed


MISTAKES = {
    "task-done-twice": task_done_twice,
    "get-from-empty": get_from_empty,
    "put-into-full": put_into_full,
    "put-after-close": put_after_close,
    "recv-from-gone-sender": recv_from_gone_sender,
    "send-on-closed": send_on_closed,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--what", nargs="+", choices=MISTAKES, default=list(MISTAKES))
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    for what in options.what:
        print(f"{what}:")
        try:
            MISTAKES[what](ctx)
        except Exception as error:
            print(*traceback.format_exception_only(error), sep="", end="")


if __name__ == "__main__":
    main()
