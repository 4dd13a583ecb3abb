"""One CPU-bound job four ways: serial, a Pool, joblib (loky), a Dask LocalCluster.

Each way counts primes below the same limit, once per task. The table gives
each way's job time and its speed-up over the serial run; Dask's cluster
start-up is timed apart from its job. A second, tiny job of tasks that do
nothing shows what each way pays per task. Needs the optional ``cluster``
extra: python -m pip install -e ".[cluster]".
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.cluster import (
    DASK_START_METHODS,
    require_cluster_extra,
    time_dask,
    time_joblib,
)
from mpguide.cpus import time_pools
from mpguide.results import publish
from mpguide.stamp import usable_cpus
from mpguide.timing import speedup, wall_time
from mpguide.workers import count_primes


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--tasks", type=positive_int, default=16, help="tasks in the job"
    )
    parser.add_argument(
        "--limit", type=positive_int, default=150_000, help="count primes below this"
    )
    options = parser.parse_args()
    if options.start_method not in DASK_START_METHODS:
        # Refuse before starting anything: see mpguide.cluster for why.
        parser.error(
            f"Dask workers cannot use start method {options.start_method!r} "
            f"here (choose from {', '.join(DASK_START_METHODS)})"
        )
    versions = {
        name: require_cluster_extra(name).__version__
        for name in ("dask", "distributed", "joblib")
    }
    workers = usable_cpus()
    limits = [options.limit] * options.tasks
    nothing = [0] * 200  # count_primes(0) returns at once: pure overhead
    print(", ".join(f"{name} {version}" for name, version in versions.items()))
    print(
        f"{options.tasks} tasks of count_primes({options.limit}), {workers} workers, "
        f"start method {options.start_method!r}"
    )

    # The serial baseline is the median of three runs: every ratio divides it.
    serial = wall_time(lambda: [count_primes(n) for n in limits], repeat=3)

    ctx = multiprocessing.get_context(options.start_method)
    # The pool's job time is the fastest of three rounds on one warmed-up pool.
    pool_timing = time_pools(ctx, [workers], limits, repeat=3)[workers]
    pool = pool_timing.seconds
    pool_tiny = time_pools(ctx, [workers], nothing, repeat=1)[workers].seconds

    loky = time_joblib(limits, workers)
    loky_tiny = time_joblib(nothing, workers)

    # time_dask sets the Dask config key distributed.worker.multiprocessing-method
    # to our start method, starts a LocalCluster on 127.0.0.1 and closes it.
    dask = time_dask(limits, workers, start_method=options.start_method)
    dask_tiny = time_dask(nothing, workers, start_method=options.start_method)

    print(f"{'way':<28}{'job (s)':>9}{'vs serial':>11}")
    rows = [
        ("serial", serial),
        ("multiprocessing Pool", pool),
        ("joblib, loky backend", loky),
        ("Dask LocalCluster", dask.job_seconds),
    ]
    for name, seconds in rows:
        print(f"{name:<28}{seconds:>9.2f}{speedup(serial, seconds):>10.2f}x")
    print(
        f"Dask cluster start-up: {dask.startup_seconds:.2f} s "
        f"(and {dask_tiny.startup_seconds:.2f} s for the second cluster)"
    )
    per_task = {
        "pool": pool_tiny / len(nothing),
        "joblib": loky_tiny / len(nothing),
        "dask": dask_tiny.job_seconds / len(nothing),
    }
    print(
        f"per-task cost, {len(nothing)} tasks that do nothing: "
        + ", ".join(f"{name} {1e3 * s:.2f} ms" for name, s in per_task.items())
    )
    publish(
        {
            "versions": versions,
            "tasks": options.tasks,
            "limit": options.limit,
            "workers": workers,
            "start_method": options.start_method,
            "serial_seconds": serial,
            "pool_seconds": pool,
            "pool_busy_cpus": pool_timing.busy_cpus,
            "joblib_seconds": loky,
            "dask_job_seconds": dask.job_seconds,
            "dask_startup_seconds": [dask.startup_seconds, dask_tiny.startup_seconds],
            "tiny_tasks": len(nothing),
            "per_task_seconds": per_task,
        }
    )


if __name__ == "__main__":
    main()
