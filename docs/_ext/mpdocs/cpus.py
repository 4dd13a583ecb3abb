"""How many CPUs a pool of busy workers really gets, and what others took.

The build machine is shared, so a speed-up measured on it may be held back by
other programs rather than by the code. :func:`mpdocs.glue.glue_condition`
runs :func:`pool_busy_cpus` before and after a page's measurements, and
:mod:`mpdocs.spread` turns the lower reading into the builder's condition.
The bench also counts the CPU time other programs took while it ran
(:func:`machine_clock`, :func:`others_cpus`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Collection
from multiprocessing.context import BaseContext
from pathlib import Path

from mpguide.tasks import count_primes


def cpu_seconds(limit: int, seconds: float) -> float:
    """Repeat ``count_primes(limit)`` for *seconds* of CPU time; return the time used."""
    start = time.process_time()
    while time.process_time() - start < seconds:
        count_primes(limit)
    return time.process_time() - start


def pool_busy_cpus(
    ctx: BaseContext,
    workers: int,
    *,
    limit: int = 20_000,
    seconds: float = 0.2,
    timeout: float = 60.0,
) -> float:
    """CPUs a warm pool of *workers* busy workers kept busy just now.

    Two tasks per worker each compute (``count_primes(limit)`` over and over)
    until they have used *seconds* of CPU time; their CPU time over the
    wall-clock time is the number of CPUs they had. Sizing the tasks by CPU
    time rather than by a fixed amount of work keeps the reading about half a
    second long on a quiet machine, fast or slow, and long enough that the
    pool's own start and finish do not pull it down.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    with ctx.Pool(workers) as pool:
        warm_up = pool.map_async(count_primes, [10_000] * (2 * workers), chunksize=1)
        warm_up.get(timeout)
        start = time.perf_counter()
        tasks = [(limit, seconds)] * (2 * workers)
        used = pool.starmap_async(cpu_seconds, tasks, chunksize=1)
        busy = sum(used.get(timeout)) / (time.perf_counter() - start)
        pool.close()
        pool.join()
    return busy


def cpu_seconds_used(stat: str, cpus: Collection[int]) -> float:
    r"""Non-idle CPU seconds of *cpus* since boot, from ``/proc/stat`` text.

    Each ``cpuN`` line counts ticks of user, nice, system, idle, iowait, irq,
    softirq and steal time (``man 5 proc``); idle and iowait are not use.

    >>> stat = "cpu  9 0 9 9 0 0 0 0\ncpu0 300 0 100 500 50 0 0 0\ncpu1 1 0 1 9 0 0 0 0"
    >>> round(cpu_seconds_used(stat, [0]) * os.sysconf("SC_CLK_TCK"))
    400
    """
    ticks = 0
    for line in stat.splitlines():
        name, *fields = line.split()
        if name.startswith("cpu") and name[3:].isdigit() and int(name[3:]) in cpus:
            values = [int(value) for value in fields[:8]]
            ticks += sum(values) - values[3] - values[4]
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_clock() -> tuple[float, float, float] | None:
    """Wall clock, this process tree's CPU seconds, and the usable CPUs' use."""
    try:
        stat = Path("/proc/stat").read_text()
        cpus = os.sched_getaffinity(0)
    except (OSError, AttributeError):
        return None
    mine = os.times()
    own = mine.user + mine.system + mine.children_user + mine.children_system
    return time.perf_counter(), own, cpu_seconds_used(stat, cpus)


def others_cpus(
    before: tuple[float, float, float] | None, after: tuple[float, float, float] | None
) -> float | None:
    """CPUs other programs used on average between two :func:`machine_clock`.

    What the usable CPUs did, minus what this process and the children it
    waited for (the programs it ran, and their pools) did, over the wall time.

    >>> others_cpus((0.0, 1.0, 100.0), (10.0, 16.0, 118.0))
    0.3
    """
    if before is None or after is None:
        return None
    wall = after[0] - before[0]
    others = (after[2] - before[2]) - (after[1] - before[1])
    return max(others, 0.0) / wall if wall > 0 else None
