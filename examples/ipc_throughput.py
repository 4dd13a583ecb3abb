"""Measure how many messages per second Queue, SimpleQueue and Pipe carry.

One child process sends the same message many times; the parent receives them
all and times it. This is done for a small message (an int) and a large one
(100 kB of bytes), and printed as a table with rates relative to Queue.
"""

import multiprocessing
import multiprocessing.context

from mpguide.cli import example_parser, positive_float, positive_int
from mpguide.queues import CHANNELS, WAIT_SECONDS, produce, rate_table, receive
from mpguide.results import publish

MESSAGES = {
    # label: (payload, how many to send)
    "int": (12345, 20_000),
    "100 kB": (b"x" * 100_000, 1_000),
}


def measure(
    ctx: multiprocessing.context.BaseContext,
    channel_kind: str,
    payload: object,
    count: int,
) -> float:
    """Messages per second from one producer child to this process."""
    start = ctx.Event()
    if channel_kind == "Pipe":
        receiver, sender = ctx.Pipe(duplex=False)
        channel, get = sender, receiver.recv
    else:
        queue = ctx.Queue() if channel_kind == "Queue" else ctx.SimpleQueue()
        channel, get = queue, queue.get
    child = ctx.Process(target=produce, args=(channel, count, payload, start))
    child.start()
    if channel_kind == "Pipe":
        sender.close()  # the child has its own copy of the sending end
    start.set()  # the clock starts now, after the child's start-up
    seconds = receive(get, count, timeout=WAIT_SECONDS)
    child.join(timeout=WAIT_SECONDS)  # everything was received: it can exit
    if child.exitcode != 0:
        raise SystemExit(f"{channel_kind} producer failed: exit code {child.exitcode}")
    return count / seconds


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--scale",
        type=positive_float,
        default=1.0,
        help="multiply message counts by this",
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=5,
        help="runs per channel; the fastest counts",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    rates: dict[str, dict[str, float]] = {}
    for label, (payload, base_count) in MESSAGES.items():
        count = max(1, round(base_count * options.scale))
        runs: dict[str, list[float]] = {kind: [] for kind in CHANNELS}
        for _ in range(options.repeat):  # interleaved, so load hits all alike
            for kind in CHANNELS:
                runs[kind].append(measure(ctx, kind, payload, count))
        rates[label] = {kind: max(runs[kind]) for kind in CHANNELS}
    print(rate_table(rates, baseline="Queue"))
    publish({"rates": rates, "start_method": options.start_method})


if __name__ == "__main__":
    main()
