"""Two jobs where a pool is slower than a plain loop in this process.

Tiny tasks: thousands of count_primes(50) calls, where sending a task costs
more than doing it. Huge arguments: a checksum of big blocks of bytes, where
copying a block to a worker costs more than the checksum. Each time is the
median of a few runs; the pool is warmed up first.
"""

import argparse
import json
import multiprocessing
import os
import statistics
import time
from pathlib import Path

from mpguide.measuring import checksum
from mpguide.workers import count_primes


def median_of(repeat, job):
    """Run job() repeat times; the median resists one disturbed run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def on_pool(pool, func, items, chunksize=None):
    """map on the pool (chunksize None: map's default), with a timeout."""
    return pool.map_async(func, items, chunksize).get(timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--tiny-tasks", type=int, default=20_000, help="how many")
    parser.add_argument("--block-mib", type=int, default=16, help="block size")
    parser.add_argument("--repeat", type=int, default=3, help="runs per job")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    if hasattr(os, "sched_getaffinity"):
        workers = len(os.sched_getaffinity(0))  # the CPUs this process may use
    else:
        workers = os.cpu_count()
    tiny = [50] * options.tiny_tasks
    # Different contents per block, so that nothing can be shared or cached.
    blocks = [bytes([i]) * (options.block_mib << 20) for i in range(2 * workers)]

    with ctx.Pool(workers) as pool:
        on_pool(pool, count_primes, [10_000] * (2 * workers), 1)  # warm-up
        jobs = {
            "tiny, loop": lambda: [count_primes(n) for n in tiny],
            "tiny, pool, chunksize=1": lambda: on_pool(pool, count_primes, tiny, 1),
            "tiny, pool, default chunksize": lambda: on_pool(pool, count_primes, tiny),
            "huge, loop": lambda: [checksum(block) for block in blocks],
            "huge, pool": lambda: on_pool(pool, checksum, blocks, 1),
        }
        seconds = {name: median_of(options.repeat, job) for name, job in jobs.items()}
        pool.close()
        pool.join()

    print(
        f"{len(tiny)} tiny tasks (count_primes(50)); {len(blocks)} blocks of "
        f"{options.block_mib} MiB to checksum; {workers} workers"
    )
    print(f"{'job':<30}  {'seconds':>8}  {'vs loop':>7}")
    for name, value in seconds.items():
        loop = seconds[name.split(",")[0] + ", loop"]
        print(f"{name:<30}  {value:>8.4f}  {value / loop:>6.1f}x")

    if options.json:
        results = {"workers": workers, "tiny_tasks": len(tiny), "seconds": seconds}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
