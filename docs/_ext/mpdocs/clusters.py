"""The sentences of the Dask and joblib page, worded from one run's numbers.

The page (``docs/beyond_one_machine.md``) feeds these the results its two
examples wrote with ``--json``. The build machine may be busy or may let a
process use a single CPU, so the wording follows the numbers and the
usable-CPU count instead of assuming a parallel speed-up: on one CPU, worker
processes only take turns, and no speed-up over the serial loop is possible.
"""

from __future__ import annotations

from typing import Any

#: Tasks that do nothing, run by both examples to price one task.
EMPTY_TASKS = 200

ONE_CPU = (
    "This build let the examples use only one CPU, so no parallel speed-up "
    "could be shown: processes on one CPU only take turns, and one worker "
    "computes the tasks one after another, as the serial loop does."
)


def verdict(ratio: float, cpus: int) -> str:
    """How a speed-up *ratio* over serial on *cpus* (2 or more) CPUs reads.

    >>> verdict(1.9, 2)
    'ran the job in parallel'
    """
    if ratio > cpus * 1.05:
        return (
            "did better than its workers can (the serial baseline must have been "
            "slowed by other load)"
        )
    if ratio > 1.2:
        return "ran the job in parallel"
    if ratio > 1:
        return "beat the serial loop, though on this run not by much"
    return "was no faster than serial on this run (the build machine was busy)"


def dask_texts(r: dict[str, Any]) -> dict[str, str]:
    """The Dask example's sentences: ``job_text``, ``total_text``, ``task_text``."""
    serial = r["serial"][0]
    (pool_job, pool_tiny), (dask_job, dask_tiny) = r["Pool"], r["Dask"]
    pool_x, dask_x = serial / pool_job, serial / dask_job
    speeds = (
        f"the `Pool` ran at {pool_x:.2f} times the speed of the serial loop and "
        f"the Dask cluster at {dask_x:.2f} times"
    )
    if r["cpus"] < 2:
        noise = max(pool_x, dask_x) > 1.05  # one worker cannot beat the loop
        job = f"{ONE_CPU} With one worker each, {speeds}" + (
            " (more than 1 only because other load slowed the serial loop)."
            if noise
            else "."
        )
    else:
        job = (
            f"On the job itself, with {r['cpus']} workers each, the `Pool` "
            f"{verdict(pool_x, r['cpus'])}, at {pool_x:.2f} times the speed of "
            f"the serial loop; the Dask cluster, at {dask_x:.2f} times, "
            f"{verdict(dask_x, r['cpus'])}."
        )
    dask_total = r["startup"] + dask_job
    total = (
        f"Counting it, the Dask run was {serial / dask_total:.2f} times as fast as "
        "serial, "
        + (
            "and slower than the warmed-up `Pool`."
            if dask_total > pool_job
            else "and on this run still no slower than the warmed-up `Pool`."
        )
    )
    pool_ms, dask_ms = 1e3 * pool_tiny / EMPTY_TASKS, 1e3 * dask_tiny / EMPTY_TASKS
    ratio = dask_ms / pool_ms
    task = (
        f"With {EMPTY_TASKS} tasks that do nothing, Dask spent {dask_ms:.2f} ms "
        f"per task, about {ratio:.0f} times the `Pool`'s {pool_ms:.3f} ms."
        if ratio >= 2
        else f"With {EMPTY_TASKS} tasks that do nothing, Dask spent {dask_ms:.2f} "
        f"ms per task and the `Pool` {pool_ms:.3f} ms, closer than usual."
    )
    return {"job_text": job, "total_text": total, "task_text": task}


def joblib_text(j: dict[str, Any], dask_task: float) -> str:
    """The joblib example's sentence, against Dask's *dask_task* seconds per task."""
    job, tiny = j["joblib"]
    joblib_ms = 1e3 * tiny / EMPTY_TASKS
    if j["cpus"] < 2:
        # joblib documents n_jobs=1 as "no parallel computing code is used at all".
        return (
            "With one usable CPU the example passed `n_jobs=1`, so joblib ran the "
            "tasks in the parent as a plain loop, with no worker process (the "
            "sequential backend it used ignores `timeout`). This build could not "
            "show what loky's workers gain or cost: the "
            f"{job:.2f} s of the job and the {joblib_ms:.3f} ms per task that does "
            "nothing are a loop's."
        )
    faster = joblib_ms < 1e3 * dask_task
    return (
        f"joblib ran the job {j['serial'] / job:.2f} times as fast as its own "
        f"serial loop and spent {joblib_ms:.3f} ms per task that does nothing, "
        + ("less than Dask's" if faster else "not less than Dask's")
        + f" {1e3 * dask_task:.2f} ms above"
        + (": batching quick tasks is part of that." if faster else " on this run.")
    )
