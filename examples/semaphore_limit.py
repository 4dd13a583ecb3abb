"""A Semaphore lets at most K processes into a section at once.

Six workers enter a section guarded by ``Semaphore(K)``; prints the most inside at once.
"""

import argparse
import json
import multiprocessing
from pathlib import Path

from mpguide.sync import use_limited_section

START_METHODS = multiprocessing.get_all_start_methods()
WORKERS, ROUNDS = 6, 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--limit", type=int, default=2, help="K")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    semaphore = ctx.Semaphore(options.limit)
    inside = ctx.Value("i", 0)  # processes in the section now
    peak = ctx.Value("i", 0)  # the most seen at once
    args = (semaphore, inside, peak, ROUNDS, 0.02)  # 0.02 s in the section
    workers = [
        ctx.Process(target=use_limited_section, args=args) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        if worker.exitcode != 0:
            raise SystemExit(f"{worker.name} failed: exit code {worker.exitcode}")

    print(f"{WORKERS} workers, {ROUNDS} rounds each, Semaphore({options.limit})")
    print(f"most seen inside at once: {peak.value}; inside at the end: {inside.value}")
    if options.json:
        counts = {"workers": WORKERS, "limit": options.limit, "peak": peak.value}
        Path(options.json).write_text(json.dumps(counts))


if __name__ == "__main__":
    main()
