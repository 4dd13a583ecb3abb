"""A Barrier splits work into phases: nobody starts phase 2 early.

Three workers do a phase-1 job of different lengths, then wait at a
``Barrier(3)`` with a timeout. The barrier lets them all go only when the last
one arrives, so every phase-1 line is printed before any phase-2 line.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser, positive_int
from mpguide.lifecycle import join_all
from mpguide.sync import WAIT_SECONDS, run_phases


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--workers", type=positive_int, default=3)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    barrier = ctx.Barrier(options.workers)
    workers = [
        # worker-0 finishes phase 1 at once, the others 0.1 s apart
        ctx.Process(
            target=run_phases, args=(f"worker-{n}", barrier, n / 10, WAIT_SECONDS)
        )
        for n in range(options.workers)
    ]
    for worker in workers:
        worker.start()
    codes = join_all(workers, timeout=WAIT_SECONDS)
    print(f"parent: exit codes {codes}")
    sys.exit(0 if codes == [0] * len(workers) else 1)


if __name__ == "__main__":
    main()
