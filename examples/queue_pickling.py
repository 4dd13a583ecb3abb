"""Where an unpicklable object fails: in put() for some channels, later for Queue.

``SimpleQueue.put()`` and ``Connection.send()`` pickle in the caller and raise
at once. ``Queue.put()`` returns; its feeder thread prints the error on stderr
later, and the item never arrives. No child process is needed to show it.
"""

import argparse
import multiprocessing
import pickle

#: A local function fails with AttributeError before Python 3.14, PicklingError since.
PICKLE_ERRORS = (pickle.PicklingError, AttributeError)
TIMEOUT = 60  # seconds; only a stuck feeder thread makes a wait this long


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # only --help
    ctx = multiprocessing.get_context("spawn")  # no child here: any method will do

    def square(x: int) -> int:  # a local function: pickle cannot name it
        return x * x

    simple = ctx.SimpleQueue()
    reader, writer = ctx.Pipe(duplex=False)
    senders = {"SimpleQueue.put()": simple.put, "Connection.send()": writer.send}
    for name, send in senders.items():
        try:
            send(square)
        except PICKLE_ERRORS as error:
            print(f"{name} raised {type(error).__name__}: {error}")
    simple.close()
    reader.close()
    writer.close()

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
