"""Run the same CPU-bound job on Dask's distributed scheduler and on joblib.

Both libraries are optional: install them with the ``cluster`` extra
(``python -m pip install -e ".[cluster]"``). This module imports them only
inside its functions, so ``import mpguide`` never needs them.

:func:`time_dask` starts a ``LocalCluster`` of worker *processes* on this
machine, bound to 127.0.0.1 and without a dashboard, maps
:func:`~mpguide.workers.count_primes` over a list of limits, and closes it
all again; it times the start-up and the job separately. :func:`time_joblib`
does the same job with ``joblib.Parallel`` on its default ``loky`` backend.
"""

from __future__ import annotations

import importlib
import tempfile
import time
from dataclasses import dataclass
from types import ModuleType

from mpguide.checks import check_int, check_seconds, check_str
from mpguide.workers import count_primes

__all__ = [
    "DASK_START_METHODS",
    "ClusterTiming",
    "check_limits",
    "require_cluster_extra",
    "time_dask",
    "time_joblib",
]

#: Start methods :func:`time_dask` accepts for Dask's worker processes.
#: *fork* is refused: when the workers start, the parent already runs Dask's
#: event-loop thread, and forking a multi-threaded process can deadlock the
#: child (Python 3.12 and later warn about it).
DASK_START_METHODS = ("spawn", "forkserver")

_EXTRA_HINT = 'install the optional extra: python -m pip install -e ".[cluster]"'


def require_cluster_extra(module: str) -> ModuleType:
    """Import *module* (``"dask"``, ``"distributed"``, ``"joblib"``) or explain.

    The ImportError names the ``cluster`` extra that provides it.

    >>> require_cluster_extra("no_such_module_here")
    Traceback (most recent call last):
      ...
    ImportError: no_such_module_here is not installed; it comes with mpguide's \
'cluster' extra: install the optional extra: python -m pip install -e ".[cluster]"
    """
    check_str("module", module)
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"{module} is not installed; it comes with mpguide's 'cluster' extra: "
            f"{_EXTRA_HINT}"
        ) from error


def check_limits(limits: object) -> list[int]:
    """*limits* as a non-empty list of ints >= 0, or a TypeError/ValueError.

    >>> check_limits([10, 20])
    [10, 20]
    >>> check_limits([])
    Traceback (most recent call last):
      ...
    ValueError: limits must not be empty
    """
    if not isinstance(limits, list):
        raise TypeError(f"limits must be a list of ints, not {type(limits).__name__}")
    if not limits:
        raise ValueError("limits must not be empty")
    for limit in limits:
        check_int("each limit", limit)
    return limits


@dataclass(frozen=True)
class ClusterTiming:
    """How long a Dask ``LocalCluster`` took to start, and then to run a job."""

    #: Seconds from creating the cluster until the client was connected and
    #: every worker had joined the scheduler.
    startup_seconds: float
    #: Seconds from submitting the tasks until every result was gathered.
    job_seconds: float
    #: How many worker processes (one thread each) ran the job.
    workers: int

    @property
    def total_seconds(self) -> float:
        """Start-up plus job: what a one-off script pays.

        >>> ClusterTiming(1.0, 2.5, 2).total_seconds
        3.5
        """
        return self.startup_seconds + self.job_seconds


def _check_common(limits: object, workers: object, timeout: object) -> list[int]:
    checked = check_limits(limits)
    check_int("workers", workers, minimum=1)
    check_seconds("timeout", timeout)
    return checked


def time_dask(
    limits: list[int],
    workers: int,
    *,
    start_method: str = "spawn",
    timeout: float = 120.0,
) -> ClusterTiming:
    """Map ``count_primes`` over *limits* on a fresh local Dask cluster.

    The cluster has *workers* worker processes with one thread each, started
    with *start_method* (set explicitly through the Dask config key
    ``distributed.worker.multiprocessing-method``). Its scheduler and workers
    listen on 127.0.0.1 only and it starts no dashboard. The client and the
    cluster are closed by ``with`` blocks before this returns, so no process
    is left running. *timeout* bounds the wait for the cluster and the job.
    """
    limits = _check_common(limits, workers, timeout)
    check_str("start_method", start_method)
    if start_method not in DASK_START_METHODS:
        raise ValueError(
            f"start method {start_method!r} is not supported for Dask workers "
            f"(choose from {', '.join(DASK_START_METHODS)}): fork would copy a "
            "parent that already runs Dask's event-loop thread"
        )
    dask = require_cluster_extra("dask")
    distributed = require_cluster_extra("distributed")

    config = {"distributed.worker.multiprocessing-method": start_method}
    with dask.config.set(config):
        start = time.perf_counter()
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            distributed.Client(cluster, timeout=timeout) as client,
        ):
            client.wait_for_workers(workers, timeout=timeout)
            started = time.perf_counter()
            # pure=False: every task runs, even those with equal arguments
            # (Dask would otherwise compute identical calls only once).
            futures = client.map(count_primes, limits, pure=False)
            distributed.wait(futures, timeout=timeout)
            results = client.gather(futures)
            finished = time.perf_counter()
    if len(results) != len(limits):
        raise RuntimeError(f"expected {len(limits)} results, got {len(results)}")
    return ClusterTiming(
        startup_seconds=started - start,
        job_seconds=finished - started,
        workers=workers,
    )


def time_joblib(limits: list[int], workers: int, *, timeout: float = 120.0) -> float:
    """Seconds joblib's ``loky`` backend takes to map ``count_primes`` on *limits*.

    The workers are started and warmed up by a first, untimed call, so the
    time is the job only (like ``ClusterTiming.job_seconds``). loky keeps its
    workers alive for reuse; this function shuts them down before returning.
    *timeout* bounds each task.
    """
    limits = _check_common(limits, workers, timeout)
    joblib = require_cluster_extra("joblib")
    loky = require_cluster_extra("joblib.externals.loky")

    # joblib keeps a folder for memory-mapped arrays (in /dev/shm by default)
    # until the process exits; give it one of ours, removed when we return.
    # No arrays are passed here, so memory-mapping is off (max_nbytes=None).
    with tempfile.TemporaryDirectory(prefix="mpguide-joblib-") as scratch:
        try:
            with joblib.Parallel(
                n_jobs=workers,
                backend="loky",
                timeout=timeout,
                temp_folder=scratch,
                max_nbytes=None,
            ) as parallel:
                warm_up = (
                    joblib.delayed(count_primes)(10_000) for _ in range(2 * workers)
                )
                parallel(warm_up)
                start = time.perf_counter()
                results = parallel(joblib.delayed(count_primes)(n) for n in limits)
                seconds = time.perf_counter() - start
        finally:
            # loky keeps one executor alive for the next call (idle workers
            # exit only after a timeout): shut it down so no worker outlives us.
            loky.get_reusable_executor(reuse=True).shutdown(wait=True)
    if len(results) != len(limits):
        raise RuntimeError(f"expected {len(limits)} results, got {len(results)}")
    return float(seconds)
