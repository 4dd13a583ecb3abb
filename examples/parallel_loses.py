"""Two jobs where a pool is slower than a plain loop in this process.

Tiny tasks: thousands of very small count_primes calls, where sending each
task costs more than doing it. Huge arguments: a checksum of large blocks of
bytes, where copying each block to a worker costs more than the checksum.
The pool is warmed up first; each time is the median of a few runs.
"""

import multiprocessing
from collections.abc import Callable
from multiprocessing.pool import Pool
from typing import Any

from mpguide.cli import example_parser, positive_int
from mpguide.measuring import checksum
from mpguide.results import publish
from mpguide.stamp import usable_cpus
from mpguide.timing import wall_time
from mpguide.workers import count_primes

MIB = 1024 * 1024


def in_loop(func: Callable[[Any], object], items: list[Any]) -> list[object]:
    """Run *func* on every item, one after the other, in this process."""
    return [func(item) for item in items]


def on_pool(
    pool: Pool, func: Callable[[Any], object], items: list[Any], chunksize: int | None
) -> list[object]:
    """Run *func* on every item on *pool* (chunksize None: map's default)."""
    return pool.map_async(func, items, chunksize).get(timeout=120)


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--tiny-tasks",
        type=positive_int,
        default=20_000,
        help="how many count_primes(50) tasks (default: 20000)",
    )
    parser.add_argument(
        "--block-mib",
        type=positive_int,
        default=16,
        help="size of each block to checksum, in MiB (default: 16)",
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=3,
        help="runs per measurement, the median is kept (default: 3)",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    workers = usable_cpus()
    tiny = [50] * options.tiny_tasks
    # Different contents per block, so that nothing can be shared or cached.
    blocks = [bytes([i]) * (options.block_mib * MIB) for i in range(2 * workers)]

    repeat = options.repeat
    with ctx.Pool(workers) as pool:
        on_pool(pool, count_primes, [10_000] * (2 * workers), 1)  # warm-up
        seconds = {
            "tiny, loop": wall_time(in_loop, count_primes, tiny, repeat=repeat),
            "tiny, pool, chunksize=1": wall_time(
                on_pool, pool, count_primes, tiny, 1, repeat=repeat
            ),
            "tiny, pool, default chunksize": wall_time(
                on_pool, pool, count_primes, tiny, None, repeat=repeat
            ),
            "huge, loop": wall_time(in_loop, checksum, blocks, repeat=repeat),
            "huge, pool": wall_time(on_pool, pool, checksum, blocks, 1, repeat=repeat),
        }
        pool.close()
        pool.join()

    print(
        f"{len(tiny)} tiny tasks (count_primes(50)); {len(blocks)} blocks of "
        f"{options.block_mib} MiB to checksum; {workers} workers"
    )
    print(f"{'job':<30}  {'seconds':>8}  {'vs loop':>7}")
    for name, value in seconds.items():
        baseline = seconds[name.split(",")[0] + ", loop"]
        print(f"{name:<30}  {value:>8.4f}  {value / baseline:>6.1f}x")

    publish(
        {
            "workers": workers,
            "tiny_tasks": len(tiny),
            "block_mib": options.block_mib,
            "blocks": len(blocks),
            "seconds": seconds,
        }
    )


if __name__ == "__main__":
    main()
