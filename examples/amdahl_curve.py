"""Measured speed-up against Amdahl's law, for several serial fractions.

The same equal count_primes tasks run first all in this process, then with a
share of them (the serial fraction) still in this process and the rest spread
over a warm pool with one worker per usable CPU. The table compares each
measured speed-up with Amdahl's prediction 1 / (s + (1 - s) / n).
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.measuring import amdahl, amdahl_speedups, cpu_speedup
from mpguide.results import publish
from mpguide.stamp import usable_cpus

FRACTIONS = [0.25, 0.5, 0.75]


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=100_000,
        help="count primes below this per task (default: 100000)",
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=3,
        help="timed rounds, the fastest is kept (default: 3)",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    workers = usable_cpus()
    # Four equal tasks per worker: every serial fraction below leaves a
    # parallel part that the workers share evenly.
    tasks = [options.limit] * (4 * workers)
    print(f"{len(tasks)} tasks of count_primes({options.limit}), {workers} workers")

    # Serial fraction 0 is the plain CPU-bound speed-up; the rest keep part
    # of the same work in this process.
    timings = {0.0: cpu_speedup(ctx, workers, tasks, repeat=options.repeat)}
    timings.update(
        amdahl_speedups(ctx, workers, tasks, FRACTIONS, repeat=options.repeat)
    )

    print(f"{'serial':>6}  {'measured':>8}  {'Amdahl':>6}  {'measured/Amdahl':>15}")
    for s, timing in timings.items():
        predicted = amdahl(s, workers)
        print(
            f"{s:>6.2f}  {timing.speedup:>7.2f}x  {predicted:>5.2f}x"
            f"  {timing.speedup / predicted:>15.2f}"
        )

    publish(
        {
            "workers": workers,
            "tasks": len(tasks),
            "limit": options.limit,
            "fractions": list(timings),
            "serial_seconds": [t.serial_seconds for t in timings.values()],
            "parallel_seconds": [t.parallel_seconds for t in timings.values()],
            "speedups": [t.speedup for t in timings.values()],
            "predicted": [amdahl(s, workers) for s in timings],
        }
    )


if __name__ == "__main__":
    main()
