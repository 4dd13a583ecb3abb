"""Measure how many messages per second Queue, SimpleQueue and Pipe carry.

A child sends the same message many times, an int and then 100 kB of bytes;
the parent times receiving them. The table gives rates relative to Queue.
"""

import argparse
import json
import multiprocessing
import threading
import time
from pathlib import Path

from mpguide.queues import produce

START_METHODS = multiprocessing.get_all_start_methods()
CHANNELS = ["Queue", "SimpleQueue", "Pipe"]
# label: (the message, how many to send)
MESSAGES = {"int": (12345, 20_000), "100 kB": (b"x" * 100_000, 1_000)}
TIMEOUT = 60  # seconds; only a stuck producer makes a run this long


def messages_per_second(ctx, kind: str, payload: object, count: int) -> float:
    if kind == "Pipe":
        receiver, channel = ctx.Pipe(duplex=False)
        get = receiver.recv
    else:
        channel = ctx.Queue() if kind == "Queue" else ctx.SimpleQueue()
        get = channel.get
    child = ctx.Process(target=produce, args=(channel, count, payload))
    child.start()
    if kind == "Pipe":
        channel.close()  # the child has its own copy of the sending end
    seconds = []

    def receive_all() -> None:
        get()  # the first message: the child is up, start the clock now
        begin = time.perf_counter()
        for _ in range(count - 1):
            get()
        seconds.append(time.perf_counter() - begin)

    # recv() and SimpleQueue.get() take no timeout: receive in a thread, and
    # wait for the thread with one.
    receiving = threading.Thread(target=receive_all, daemon=True)
    receiving.start()
    receiving.join(TIMEOUT)
    child.join(TIMEOUT)  # it can exit: everything it sent was read
    if not seconds or child.exitcode != 0:
        raise SystemExit(f"{kind}: producer exit code {child.exitcode}")
    return (count - 1) / seconds[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--scale", type=float, default=1.0, help="scale message counts")
    parser.add_argument("--repeat", type=int, default=5, help="runs; best one kept")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    rates, rounds = {}, {}
    print(f"{'message':<8}  {'channel':<11}  {'msgs/s':>9}  vs Queue")
    for label, (payload, base_count) in MESSAGES.items():
        count = max(2, round(base_count * options.scale))
        runs = {kind: [] for kind in CHANNELS}
        for _ in range(options.repeat):  # interleaved, so load hits all alike
            for kind in CHANNELS:
                runs[kind].append(messages_per_second(ctx, kind, payload, count))
        rates[label] = {kind: max(runs[kind]) for kind in CHANNELS}
        rounds[label] = runs
        for kind, rate in rates[label].items():
            ratio = rate / rates[label]["Queue"]
            print(f"{label:<8}  {kind:<11}  {rate:>9,.0f}  {ratio:>7.2f}x")
    if options.json:
        Path(options.json).write_text(json.dumps({"rates": rates, "rounds": rounds}))


if __name__ == "__main__":
    main()
