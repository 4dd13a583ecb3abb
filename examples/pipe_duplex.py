"""Pipe(): a two-way conversation between a parent and its child.

The parent sends two words and prints the child's answers, then a ``None``
that makes the child close its end.
"""

import argparse
import multiprocessing

from mpguide.queues import reply_upper

START_METHODS = multiprocessing.get_all_start_methods()
TIMEOUT = 60  # seconds; only a stuck child makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    here, there = ctx.Pipe()  # both ends can send and receive
    child = ctx.Process(target=reply_upper, args=(there,))
    child.start()
    there.close()  # the child has its own copy; keep only ours
    with here:
        for word in ["queue", "pipe"]:
            here.send(word)
            if not here.poll(TIMEOUT):  # recv() has no timeout; poll() has
                raise SystemExit("no answer from the child")
            print(f"sent {word!r}, received {here.recv()!r}")
        here.send(None)  # the sentinel: the child returns and closes its end
        child.join(timeout=TIMEOUT)
        print(f"poll(0.1) after the child closed: {here.poll(0.1)} (EOF is readable)")
    print(f"child exit code {child.exitcode}")
    if child.exitcode != 0:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
