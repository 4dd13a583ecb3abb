"""An Event as a start gate: workers wait until the parent opens it.

Each worker says it is ready and waits on the Event, with a timeout. The
parent waits until every worker has reported, then sets the Event, and every
worker goes through.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser, positive_int
from mpguide.lifecycle import join_all
from mpguide.sync import WAIT_SECONDS, pass_gate


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--workers", type=positive_int, default=3)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    gate = ctx.Event()
    ready = ctx.Queue()
    workers = [
        ctx.Process(target=pass_gate, args=(f"worker-{n}", gate, ready, WAIT_SECONDS))
        for n in range(options.workers)
    ]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=WAIT_SECONDS)  # one "ready" per worker
    print(f"parent: all {len(workers)} workers are waiting; opening the gate")
    gate.set()
    codes = join_all(workers, timeout=WAIT_SECONDS)
    print(f"parent: exit codes {codes}")
    sys.exit(0 if codes == [0] * len(workers) else 1)


if __name__ == "__main__":
    main()
