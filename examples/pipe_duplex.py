"""Pipe(): a two-way conversation and a one-way stream that ends with EOFError.

A duplex pipe carries questions and answers over the same two ends. A one-way
pipe, ``Pipe(duplex=False)``, has a receiving end and a sending end; once every
copy of the sending end is closed, the reader's ``recv()`` raises ``EOFError``.
"""

import argparse
import multiprocessing
import sys

from mpguide.queues import reply_upper, write_lines

TIMEOUT = 60  # seconds; only a stuck child makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    print("duplex: Pipe()")
    here, there = ctx.Pipe()  # both ends can send and receive
    child = ctx.Process(target=reply_upper, args=(there,))
    child.start()
    there.close()  # the child has its own copy; keep only ours
    for word in ["queue", "pipe"]:
        here.send(word)
        if not here.poll(TIMEOUT):  # wait for an answer, but not forever
            sys.exit("no answer from the child")
        print(f"  sent {word!r}, received {here.recv()!r}")
    here.send(None)  # the sentinel: the child returns and closes its end
    child.join(timeout=TIMEOUT)
    print(f"  poll(0.1) after the child closed: {here.poll(0.1)} (EOF is readable)")
    here.close()
    print(f"  child exit code {child.exitcode}")
    if child.exitcode != 0:
        sys.exit(1)

    print("one-way: Pipe(duplex=False)")
    reader, writer = ctx.Pipe(duplex=False)  # (receive end, send end)
    child = ctx.Process(target=write_lines, args=(writer, 3))
    child.start()
    writer.close()  # without this, recv() below would wait for us forever
    with reader:
        try:
            reader.send("hello?")
        except OSError as error:
            print(f"  the receiving end cannot send: {error}")
        while True:
            if not reader.poll(TIMEOUT):
                sys.exit("the writer went quiet")
            try:
                print(f"  received {reader.recv()}")
            except EOFError:
                print("  EOFError: every sending end is closed, the stream is over")
                break
    child.join(timeout=TIMEOUT)
    print(f"  child exit code {child.exitcode}")
    if child.exitcode != 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
