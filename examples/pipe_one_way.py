"""Pipe(duplex=False): a one-way stream that ends with EOFError.

The child sends three small dicts and closes its end; the parent reads to the end.
"""

import argparse
import multiprocessing

from mpguide.queues import write_lines

START_METHODS = multiprocessing.get_all_start_methods()
TIMEOUT = 60  # seconds; only a stuck child makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    reader, writer = ctx.Pipe(duplex=False)  # (receiving end, sending end)
    child = ctx.Process(target=write_lines, args=(writer, 3))
    child.start()
    writer.close()  # without this, recv() below would wait for us forever
    with reader:
        try:
            reader.send("hello?")
        except OSError as error:
            print(f"the receiving end cannot send: {error}")
        while reader.poll(TIMEOUT):  # True for data, and for the end of it
            try:
                print(f"received {reader.recv()}")
            except EOFError:
                print("EOFError: every sending end is closed, the stream is over")
                break
    child.join(timeout=TIMEOUT)  # a writer that went quiet is still alive here
    if child.exitcode != 0:
        raise SystemExit(f"child exit code {child.exitcode}")


if __name__ == "__main__":
    main()
