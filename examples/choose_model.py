"""Run CPU-bound, GIL-releasing and I/O-bound jobs with every concurrency model.

Each job is a list of equal tasks, run serially, on threads, with asyncio, on
an interpreter pool, on a multiprocessing Pool and on a ProcessPoolExecutor.
The table shows how many times faster than serial each model finished the
job, pool start-up included, or why a model was not run.
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.cpus import pool_busy_cpus
from mpguide.gil import gil_status
from mpguide.models import (
    DEFAULT_TASKS,
    LABELS,
    MODELS,
    TASK_SIZES,
    WORKLOADS,
    compare_models,
    speedups,
    task_function,
    workers_for,
)
from mpguide.results import publish
from mpguide.stamp import usable_cpus


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--tasks", type=positive_int, default=DEFAULT_TASKS, help="tasks per job"
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=1,
        help="rounds of every model; the median counts",
    )
    options = parser.parse_args()

    print(gil_status())
    print(
        f"{usable_cpus()} usable CPUs, {options.tasks} tasks per job, "
        f"start method {options.start_method!r}, median of {options.repeat} "
        "round(s), pool start-up included"
    )
    for workload in WORKLOADS:
        func = task_function(workload)
        print(
            f"  {workload:<4} = {options.tasks} x {func.__name__}"
            f"({TASK_SIZES[workload]}), {workers_for(workload, options.tasks)} "
            "workers per pool"
        )

    # How many CPUs a pool of busy workers actually got, before and after:
    # less than the usable CPUs means other programs competed for them.
    ctx = multiprocessing.get_context(options.start_method)
    before = pool_busy_cpus(ctx, usable_cpus(), limit=TASK_SIZES["cpu"])
    seconds = {
        workload: compare_models(
            workload,
            start_method=options.start_method,
            tasks=options.tasks,
            repeat=options.repeat,
        )
        for workload in WORKLOADS
    }
    after = pool_busy_cpus(ctx, usable_cpus(), limit=TASK_SIZES["cpu"])
    busy = min(before, after)
    ratios = {workload: speedups(seconds[workload]) for workload in WORKLOADS}

    print()
    print("speed-up vs serial (higher is faster)")
    print(f"{'model':<25}" + "".join(f"{w:>8}" for w in WORKLOADS))
    reasons: dict[str, str] = {}
    for model in MODELS:
        cells = []
        for workload in WORKLOADS:
            value = ratios[workload][model]
            if isinstance(value, float):
                cells.append(f"{value:>7.2f}x")
            else:
                cells.append(f"{'-':>8}")
                reasons.setdefault(model, value)
        print(f"{LABELS[model]:<25}" + "".join(cells))
    print()
    for model, reason in reasons.items():
        print(f"{LABELS[model]}: {reason}")
    print(
        f"a pool of {usable_cpus()} busy workers kept {busy:.2f} CPUs busy "
        "(lowest of a check before and after the jobs)"
    )

    publish(
        {
            "gil_status": gil_status(),
            "usable_cpus": usable_cpus(),
            "busy_cpus": busy,
            "tasks": options.tasks,
            "repeat": options.repeat,
            "start_method": options.start_method,
            "workers": {w: workers_for(w, options.tasks) for w in WORKLOADS},
            "seconds": seconds,
            "speedup": ratios,
        }
    )


if __name__ == "__main__":
    main()
