"""Time CPU-bound, GIL-releasing and I/O-bound jobs on threads and processes.

Each job is a list of equal tasks, run three ways: one after the other, on a
pool of threads and on a pool of processes. The table shows the wall-clock
time of each run and how many times faster than serial it was.
"""

import multiprocessing

from mpguide.cli import example_parser, non_negative_int, positive_float, positive_int
from mpguide.cpus import pool_busy_cpus
from mpguide.gil import MODES, gil_status, hash_zeros, time_modes
from mpguide.results import publish
from mpguide.stamp import usable_cpus
from mpguide.workers import count_primes, wait_for_io


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--workers", type=positive_int, default=2, help="threads/processes"
    )
    parser.add_argument(
        "--tasks", type=positive_int, default=4, help="tasks in each job"
    )
    parser.add_argument(
        "--cpu-limit",
        type=non_negative_int,
        default=250_000,
        help="count_primes(LIMIT) per task",
    )
    parser.add_argument(
        "--hash-mb",
        type=non_negative_int,
        default=256,
        help="MiB hashed by each hash task",
    )
    parser.add_argument(
        "--io-seconds", type=positive_float, default=0.25, help="wait of each I/O task"
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=3,
        help="runs of each way; the fastest counts",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    print(gil_status())
    print(
        f"{options.workers} workers, {usable_cpus()} usable CPUs, "
        f"{options.tasks} tasks per job, start method {options.start_method!r}"
    )
    print(f"best of {options.repeat} runs each, pool start-up included")
    jobs = {
        "cpu": (count_primes, options.cpu_limit, "pure-Python loop, holds the GIL"),
        "hash": (hash_zeros, options.hash_mb, "hashlib, releases the GIL"),
        "io": (wait_for_io, options.io_seconds, "blocking wait, releases the GIL"),
    }
    n = options.workers
    print()
    print(
        f"{'job':<5}"
        + "".join(f"{h:>13}" for h in ("serial", f"{n} threads", f"{n} processes"))
    )
    # How many CPUs a pool of busy workers got before and after the jobs: fewer
    # than the workers means other programs were competing for the CPUs.
    probe_workers = min(n, usable_cpus())
    before = pool_busy_cpus(ctx, probe_workers, limit=max(options.cpu_limit, 1))
    published = {}
    for name, (func, size, _) in jobs.items():
        timing = time_modes(func, [size] * options.tasks, n, ctx, repeat=options.repeat)
        seconds = {mode: timing.seconds(mode) for mode in MODES}
        speedups = {mode: timing.speedup(mode) for mode in MODES}
        print(f"{name:<5}" + "".join(f"{seconds[m]:>12.2f}s" for m in MODES) + "  time")
        print(" " * 5 + "".join(f"{speedups[m]:>12.2f}x" for m in MODES) + "  speed-up")
        published[name] = {"seconds": seconds, "speedup": speedups}
    busy = min(
        before, pool_busy_cpus(ctx, probe_workers, limit=max(options.cpu_limit, 1))
    )
    print()
    for name, (func, size, what) in jobs.items():
        print(f"{name:<5} = {options.tasks} x {func.__name__}({size}): {what}")
    print(
        f"a pool of {probe_workers} busy workers kept {busy:.2f} CPUs busy "
        "(lowest of a check before and after the jobs)"
    )

    publish(
        {
            "gil_status": gil_status(),
            "workers": n,
            "usable_cpus": usable_cpus(),
            "busy_cpus": busy,
            "probe_workers": probe_workers,
            "tasks": options.tasks,
            "repeat": options.repeat,
            "start_method": options.start_method,
            "jobs": published,
        }
    )


if __name__ == "__main__":
    main()
