"""SimpleQueue.put() and Connection.send() pickle in the caller, and raise there.

Each is handed a local function, which pickle cannot name. No child is needed.
"""

import argparse
import multiprocessing
import pickle

#: A local function fails with AttributeError before Python 3.14, PicklingError since.
PICKLE_ERRORS = (pickle.PicklingError, AttributeError)


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


if __name__ == "__main__":
    main()
