"""A broken Barrier raises BrokenBarrierError instead of waiting forever.

Two ways to break a ``Barrier(3)``, for real: only two workers come and their
wait times out; or three come but one calls ``abort()``, as a worker that hit
an error would. Every worker reports what happened to it on a queue.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.sync import WAIT_SECONDS, wait_at_barrier


def run(
    ctx: multiprocessing.context.BaseContext,
    title: str,
    timeout: float,
    aborts: list[bool],
) -> bool:
    """Start one worker per entry of *aborts* at a Barrier(3); report; True if ok."""
    barrier = ctx.Barrier(3)
    outcomes = ctx.Queue()
    workers = [
        ctx.Process(
            target=wait_at_barrier,
            args=(f"worker-{n}", barrier, timeout, outcomes, abort),
        )
        for n, abort in enumerate(aborts)
    ]
    for worker in workers:
        worker.start()
    reports = sorted(outcomes.get(timeout=WAIT_SECONDS) for _ in workers)
    for worker in workers:
        worker.join(timeout=WAIT_SECONDS)
    print(f"{title}:")
    for name, outcome in reports:
        print(f"  {name}: {outcome}")
    print(f"  barrier.broken is {barrier.broken}")
    return all(worker.exitcode == 0 for worker in workers)


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    ok = run(ctx, "2 of 3 parties arrive, wait(timeout=0.5)", 0.5, [False, False])
    ok &= run(ctx, "3 parties, worker-2 aborts", WAIT_SECONDS, [False, False, True])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
