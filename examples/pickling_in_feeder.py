"""Queue.put() returns before pickling; its feeder thread fails later.

Handed a local function, put() returns; the item is dropped, the error goes to stderr.
"""

import argparse
import multiprocessing

TIMEOUT = 60  # seconds; only a stuck feeder thread makes a wait this long


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # only --help
    ctx = multiprocessing.get_context("spawn")  # no child here: any method will do

    def square(x: int) -> int:  # a local function: pickle cannot name it
        return x * x

    fifo = ctx.Queue()
    fifo.put(square)  # returns normally: nothing has been pickled yet
    print("Queue.put() returned normally")
    fifo.put("a picklable message")
    first = fifo.get(timeout=TIMEOUT)  # first in, first out: square came first
    print(f"Queue.get() received {first!r}: the function was dropped")
    print("(the feeder thread printed its traceback on stderr)")
    fifo.close()
    fifo.join_thread()


if __name__ == "__main__":
    main()
