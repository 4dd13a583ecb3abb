"""A Semaphore lets at most K processes into a section at once.

Six workers each enter a section guarded by ``Semaphore(K)`` a few times.
Inside, a shared counter tracks how many are in the section, and a second one
keeps the highest count seen. The parent prints that peak.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser, positive_int
from mpguide.results import publish
from mpguide.sync import WAIT_SECONDS, use_limited_section


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--workers", type=positive_int, default=6)
    parser.add_argument("--limit", type=positive_int, default=2, help="K")
    parser.add_argument("--rounds", type=positive_int, default=5)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    semaphore = ctx.Semaphore(options.limit)
    inside = ctx.Value("i", 0)  # processes in the section now
    peak = ctx.Value("i", 0)  # the most seen at once
    workers = [
        ctx.Process(
            target=use_limited_section,
            args=(semaphore, inside, peak, options.rounds, 0.02),
        )
        for _ in range(options.workers)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=WAIT_SECONDS)

    entries = options.workers * options.rounds
    print(f"{options.workers} workers entered the section {entries} times in all")
    print(f"at most {options.limit} allowed in at once (Semaphore({options.limit}))")
    print(f"most seen inside at once: {peak.value}")
    print(f"inside at the end: {inside.value}")
    publish({"workers": options.workers, "limit": options.limit, "peak": peak.value})
    if any(worker.exitcode != 0 for worker in workers):
        sys.exit(1)
    if peak.value > options.limit:
        sys.exit(f"the semaphore let {peak.value} in at once")


if __name__ == "__main__":
    main()
