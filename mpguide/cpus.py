"""How many CPUs a program may use, and how many workers pools start by default.

Three different numbers hide behind "the number of CPUs": the CPUs installed
in the machine (``os.cpu_count()``), the CPUs this process is allowed to run on
(its affinity mask; ``os.process_cpu_count()`` since 3.13), and the CPU time a
container or cgroup grants it (a quota, which neither function sees). This
module reads each of them and runs the small jobs the ``cpu_count`` page times.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from multiprocessing.queues import Queue
from pathlib import Path

from mpguide.checks import check_int, check_seconds
from mpguide.workers import count_primes

__all__ = [
    "CGROUP_V1_DIR",
    "CGROUP_V2_CPU_MAX",
    "CpuQuota",
    "PoolTiming",
    "cpu_counts",
    "cpu_quota",
    "default_executor_workers",
    "default_pool_workers",
    "equal_tasks",
    "parse_cfs_quota",
    "parse_cpu_max",
    "pool_busy_cpus",
    "put_restricted_counts",
    "scaling_sizes",
    "started_pool_workers",
    "time_pools",
    "timed_count_primes",
]

#: cgroup v2: one file, "QUOTA PERIOD" in microseconds, QUOTA "max" for none.
CGROUP_V2_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")
#: cgroup v1: two files in the cpu controller's folder; quota -1 means none.
CGROUP_V1_DIR = Path("/sys/fs/cgroup/cpu")

#: ``ProcessPoolExecutor`` never starts more workers than this on Windows.
WINDOWS_MAX_WORKERS = 61


# --- What the operating system reports ---------------------------------------


def cpu_counts() -> dict[str, int | None]:
    """Every CPU count this Python can report, by the name of its function.

    A function the platform or Python version lacks is reported as ``None``
    (``os.process_cpu_count`` is new in 3.13; ``os.sched_getaffinity`` exists
    on some Unix systems only).

    >>> sorted(cpu_counts())  # doctest: +NORMALIZE_WHITESPACE
    ['len(os.sched_getaffinity(0))', 'multiprocessing.cpu_count()',
     'os.cpu_count()', 'os.process_cpu_count()']
    """
    affinity = getattr(os, "sched_getaffinity", None)
    process_cpu_count = getattr(os, "process_cpu_count", None)
    try:
        mp_count: int | None = multiprocessing.cpu_count()
    except NotImplementedError:  # the count cannot be determined
        mp_count = None
    return {
        "os.cpu_count()": os.cpu_count(),
        "multiprocessing.cpu_count()": mp_count,
        "len(os.sched_getaffinity(0))": len(affinity(0)) if affinity else None,
        "os.process_cpu_count()": process_cpu_count() if process_cpu_count else None,
    }


def default_pool_workers() -> int:
    """How many workers ``multiprocessing.Pool()`` starts when not told.

    Since 3.13 it is ``os.process_cpu_count()``, the CPUs this process may
    use; before, it was ``os.cpu_count()``, every CPU in the machine.
    """
    counter = getattr(os, "process_cpu_count", os.cpu_count)
    count: int | None = counter()
    return count or 1


def default_executor_workers() -> int:
    """How many workers ``ProcessPoolExecutor()`` allows when not told.

    The same rule as :func:`default_pool_workers`, capped at 61 on Windows.
    """
    count = default_pool_workers()
    if sys.platform == "win32":
        count = min(count, WINDOWS_MAX_WORKERS)
    return count


def started_pool_workers(ctx: BaseContext) -> int:
    """Start ``ctx.Pool()`` with its default size and count its processes.

    A pool starts all its workers when it is created, so the new children of
    this process right after ``Pool()`` returned are exactly its workers.
    """
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    before = {child.pid for child in multiprocessing.active_children()}
    with ctx.Pool() as pool:
        started = [
            child
            for child in multiprocessing.active_children()
            if child.pid not in before
        ]
        pool.close()
        pool.join()
    return len(started)


def put_restricted_counts(
    queue: Queue[dict[str, int | None]], cpus: frozenset[int], start_method: str
) -> None:
    """Restrict this process to *cpus*, then report what it sees on *queue*.

    Meant to run in a child process: the affinity mask is changed for the
    process that calls it, for good. The report is :func:`cpu_counts` plus the
    size of a default ``Pool()`` started from the restricted process.
    """
    if not isinstance(cpus, frozenset) or not cpus:
        raise ValueError(f"cpus must be a non-empty frozenset, got {cpus!r}")
    if not hasattr(os, "sched_setaffinity"):
        raise NotImplementedError(f"no os.sched_setaffinity on {sys.platform}")
    os.sched_setaffinity(0, cpus)
    report = cpu_counts()
    report["Pool() workers"] = started_pool_workers(
        multiprocessing.get_context(start_method)
    )
    queue.put(report)


# --- What a cgroup (container) grants ----------------------------------------


@dataclass(frozen=True)
class CpuQuota:
    """A cgroup CPU quota: *quota_us* of CPU time per *period_us* of time.

    *quota_us* is ``None`` when the cgroup sets no limit.
    """

    source: str
    quota_us: int | None
    period_us: int

    @property
    def cpus(self) -> float | None:
        """The quota as a number of CPUs (1.5 = one and a half), or None.

        >>> CpuQuota("cpu.max", 150000, 100000).cpus
        1.5
        """
        if self.quota_us is None:
            return None
        return self.quota_us / self.period_us

    def describe(self) -> str:
        """One line for people.

        >>> CpuQuota("cpu.max", None, 100000).describe()
        'cpu.max: no CPU quota (max)'
        """
        if self.quota_us is None:
            return f"{self.source}: no CPU quota (max)"
        return (
            f"{self.source}: {self.quota_us} us every {self.period_us} us "
            f"= {self.cpus:g} CPUs"
        )


def _parse_int(name: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {text!r}") from None


def parse_cpu_max(text: str, source: str = "cpu.max") -> CpuQuota:
    """Read a cgroup v2 ``cpu.max`` line: ``"max 100000"`` or ``"50000 100000"``.

    >>> parse_cpu_max("200000 100000").cpus
    2.0
    >>> parse_cpu_max("max 100000").quota_us is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    fields = text.split()
    if len(fields) != 2:
        raise ValueError(f"cpu.max must hold 'QUOTA PERIOD', got {text!r}")
    period = _parse_int("period", fields[1])
    if period <= 0:
        raise ValueError(f"period must be > 0, got {period}")
    if fields[0] == "max":
        return CpuQuota(source, None, period)
    quota = _parse_int("quota", fields[0])
    if quota <= 0:
        raise ValueError(f"quota must be > 0 or 'max', got {quota}")
    return CpuQuota(source, quota, period)


def parse_cfs_quota(
    quota_text: str, period_text: str, source: str = "cpu.cfs_quota_us"
) -> CpuQuota:
    """Read cgroup v1's ``cpu.cfs_quota_us`` and ``cpu.cfs_period_us``.

    >>> parse_cfs_quota("-1", "100000").describe()
    'cpu.cfs_quota_us: no CPU quota (max)'
    """
    if not isinstance(quota_text, str) or not isinstance(period_text, str):
        raise TypeError("quota_text and period_text must be str")
    quota = _parse_int("quota", quota_text.strip())
    period = _parse_int("period", period_text.strip())
    if period <= 0:
        raise ValueError(f"period must be > 0, got {period}")
    if quota == -1:
        return CpuQuota(source, None, period)
    if quota <= 0:
        raise ValueError(f"quota must be > 0 or -1, got {quota}")
    return CpuQuota(source, quota, period)


def cpu_quota(
    v2_file: Path = CGROUP_V2_CPU_MAX, v1_dir: Path = CGROUP_V1_DIR
) -> CpuQuota | None:
    """The CPU quota of the cgroup mounted at the usual place, or None.

    ``None`` means no cgroup CPU files were found (not Linux, or not mounted
    there); a found file without a limit gives a quota whose ``cpus`` is None.
    """
    if v2_file.is_file():
        return parse_cpu_max(v2_file.read_text(encoding="ascii"), str(v2_file))
    quota_file = v1_dir / "cpu.cfs_quota_us"
    period_file = v1_dir / "cpu.cfs_period_us"
    if quota_file.is_file() and period_file.is_file():
        return parse_cfs_quota(
            quota_file.read_text(encoding="ascii"),
            period_file.read_text(encoding="ascii"),
            str(quota_file),
        )
    return None


# --- Timing pools of different sizes -----------------------------------------


def scaling_sizes(usable: int) -> list[int]:
    """Pool sizes worth timing: 1 to 4 workers, the usable CPUs and twice that.

    >>> scaling_sizes(2)
    [1, 2, 3, 4]
    >>> scaling_sizes(6)
    [1, 2, 3, 4, 6, 12]
    """
    usable = check_int("usable", usable, minimum=1)
    return sorted({1, 2, 3, 4, usable, 2 * usable})


def timed_count_primes(limit: int) -> float:
    """Run :func:`~mpguide.workers.count_primes`; return the CPU seconds it used.

    CPU time, unlike wall time, does not grow while the process waits for a
    CPU, so the sum over a job's tasks is the work done, however busy the
    machine was.

    >>> timed_count_primes(100) >= 0
    True
    """
    start = time.process_time()
    count_primes(limit)
    return time.process_time() - start


@dataclass(frozen=True)
class PoolTiming:
    """One timed map: wall-clock *seconds*, and *cpu_seconds* its tasks used."""

    seconds: float
    cpu_seconds: float

    @property
    def busy_cpus(self) -> float:
        """CPUs kept busy on average: CPU time over wall time.

        >>> PoolTiming(seconds=2.0, cpu_seconds=3.0).busy_cpus
        1.5
        """
        return self.cpu_seconds / self.seconds


def time_pools(
    ctx: BaseContext,
    sizes: list[int],
    limits: list[int],
    *,
    repeat: int = 5,
    timeout: float = 60.0,
) -> dict[int, PoolTiming]:
    """Time pools of each size in *sizes* mapping ``count_primes`` over *limits*.

    All the pools are started and warmed up first; then each round maps
    *limits* once on every pool in turn, *repeat* rounds. Interleaving spreads
    a burst of load from other programs over all sizes instead of hitting one,
    and the fastest round of each pool (as ``timeit`` advises) is the least
    disturbed one. Returns ``{size: PoolTiming}`` for those fastest rounds.
    Each map may take *timeout* seconds before :class:`multiprocessing.TimeoutError`
    ends the wait (and the ``with`` block terminates the pools).
    """
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    if not isinstance(sizes, list) or not sizes:
        raise ValueError("sizes must be a non-empty list of ints")
    for size in sizes:
        check_int("size", size, minimum=1)
    repeat = check_int("repeat", repeat, minimum=1)
    if not isinstance(limits, list) or not limits:
        raise ValueError("limits must be a non-empty list of ints")
    check_seconds("timeout", timeout)
    best: dict[int, PoolTiming] = {}
    with ExitStack() as stack:
        pools = {n: stack.enter_context(ctx.Pool(n)) for n in sizes}
        for n, pool in pools.items():
            # Warm-up, so that workers have finished starting before any clock.
            warm_up = pool.map_async(count_primes, [10_000] * (2 * n), chunksize=1)
            warm_up.get(timeout=timeout)
        for _ in range(repeat):
            for n, pool in pools.items():
                start = time.perf_counter()
                work = pool.map_async(timed_count_primes, limits, chunksize=1)
                cpu = work.get(timeout=timeout)
                timing = PoolTiming(time.perf_counter() - start, sum(cpu))
                if n not in best or timing.seconds < best[n].seconds:
                    best[n] = timing
        for pool in pools.values():
            pool.close()
        for pool in pools.values():
            pool.join()
    return best


def equal_tasks(sizes: list[int], *, rounds: int, limit: int) -> list[int]:
    """A list of identical ``count_primes`` limits that every size divides.

    >>> len(equal_tasks([1, 2, 3, 4], rounds=2, limit=100))
    24
    """
    for size in sizes:
        check_int("size", size, minimum=1)
    rounds = check_int("rounds", rounds, minimum=1)
    limit = check_int("limit", limit, minimum=1)
    return [limit] * (math.lcm(*sizes) * rounds)


def pool_busy_cpus(
    ctx: BaseContext, workers: int, *, limit: int = 200_000, timeout: float = 60.0
) -> float:
    """How many CPUs a warm pool of *workers* busy workers gets right now.

    Two ``count_primes(limit)`` tasks per worker keep every worker computing;
    their CPU time over the wall time is the number of CPUs they really had.
    Less than *workers* (and less than the usable CPUs) means that other
    programs were using the CPUs, so a speed-up measured at the same time is
    held back by the machine, not by the code. Pages that rank models by speed
    run this before and after their measurement and keep the lower reading.
    """
    workers = check_int("workers", workers, minimum=1)
    limit = check_int("limit", limit, minimum=1)
    timing = time_pools(
        ctx, [workers], [limit] * (2 * workers), repeat=1, timeout=timeout
    )
    return timing[workers].busy_cpus
