"""Time the same CPU-bound job on pools of 1, 2, 3 and 4 workers.

Every pool counts primes in the same list of equal tasks; the table shows each
pool's time, its speed-up over one worker (measured in the same run), the
ideal speed-up for the CPUs this process may use, and how many CPUs the pool
actually kept busy.
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.cpus import equal_tasks, scaling_sizes, time_pools
from mpguide.results import publish
from mpguide.stamp import usable_cpus
from mpguide.timing import speedup


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=50_000,
        help="count primes below this per task",
    )
    parser.add_argument(
        "--rounds",
        type=positive_int,
        default=2,
        help="tasks per worker in the largest pool",
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=5,
        help="timed rounds (the fastest is kept)",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    usable = usable_cpus()
    sizes = scaling_sizes(usable)
    tasks = equal_tasks(sizes, rounds=options.rounds, limit=options.limit)
    print(f"{len(tasks)} tasks of count_primes({options.limit}), {usable} usable CPUs")

    timings = time_pools(ctx, sizes, tasks, repeat=options.repeat)
    speedups = {n: speedup(timings[1].seconds, timings[n].seconds) for n in sizes}

    print(f"{'workers':>7}  {'seconds':>7}  {'speed-up':>8}  {'ideal':>5}  CPUs busy")
    for n in sizes:
        print(
            f"{n:>7}  {timings[n].seconds:>7.3f}  {speedups[n]:>7.2f}x"
            f"  {min(n, usable):>4}x  {timings[n].busy_cpus:>9.2f}"
        )

    publish(
        {
            "usable_cpus": usable,
            "tasks": len(tasks),
            "limit": options.limit,
            "workers": sizes,
            "seconds": [timings[n].seconds for n in sizes],
            "cpu_seconds": [timings[n].cpu_seconds for n in sizes],
            "busy_cpus": [timings[n].busy_cpus for n in sizes],
            "speedups": [speedups[n] for n in sizes],
        }
    )


if __name__ == "__main__":
    main()
