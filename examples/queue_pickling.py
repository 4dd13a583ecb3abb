"""Where an unpicklable object fails: in put() for some channels, later for Queue.

Everything sent between processes is pickled. ``SimpleQueue.put()`` and
``Connection.send()`` pickle in the caller, so a local function fails right there.
``Queue.put()`` hands the object to a feeder thread that pickles it later: the
call succeeds, the error is printed on stderr, and the item never arrives.
No child process is needed to show it.
"""

import argparse
import multiprocessing
import pickle

#: Pickling a local function raises AttributeError before Python 3.14 and
#: PicklingError (with the original error chained) since 3.14.
PICKLE_ERRORS = (pickle.PicklingError, AttributeError)
TIMEOUT = 60  # seconds; only a stuck feeder thread makes a wait this long


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # only --help
    ctx = multiprocessing.get_context("spawn")  # no child here: any method will do

    def square(x: int) -> int:  # a local function: pickle cannot name it
        return x * x

    simple = ctx.SimpleQueue()
    try:
        simple.put(square)
    except PICKLE_ERRORS as error:
        print(f"SimpleQueue.put() raised {type(error).__name__}: {error}")
    simple.close()

    reader, writer = ctx.Pipe(duplex=False)
    try:
        writer.send(square)
    except PICKLE_ERRORS as error:
        print(f"Connection.send() raised {type(error).__name__}: {error}")
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
