"""Run one family of workloads with every concurrency model and time each.

The "Choosing a concurrency model" page runs three kinds of job (pure-Python
computation, hashing in C code that releases the GIL, and waiting for I/O)
with every way of running tasks concurrently that Python offers, and compares
them with running the tasks one after the other. This module holds the
workers, the models and the timing, so that the example and the benchmark
command measure exactly the same thing.

A model that the running Python does not have (the interpreter pool is new in
3.14; threads without a GIL need the free-threaded build) or that does not fit
a workload (asyncio for computation) is reported as a sentence saying why,
never as a number.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import multiprocessing
import statistics
import sys
import sysconfig
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

from mpguide.checks import check_int, check_seconds, check_str
from mpguide.stamp import usable_cpus
from mpguide.timing import timed
from mpguide.workers import count_primes, wait_for_io

__all__ = [
    "DEFAULT_TASKS",
    "LABELS",
    "MODELS",
    "TASK_SIZES",
    "WORKLOADS",
    "WORKLOAD_LABELS",
    "async_wait_for_io",
    "compare_models",
    "gil_disabled",
    "python_version",
    "run_model",
    "sha256_of_zeros",
    "speedups",
    "task_function",
    "unavailable_reason",
    "workers_for",
]

#: The workloads, in the order tables show them.
WORKLOADS = ("cpu", "hash", "io")

#: How tables and plots name each workload.
WORKLOAD_LABELS = {
    "cpu": "cpu (pure Python)",
    "hash": "hash (hashlib)",
    "io": "io (waits)",
}

#: The concurrency models, in the order tables show them.
MODELS = (
    "serial",
    "threads",
    "free_threads",
    "asyncio",
    "interpreters",
    "mp_pool",
    "process_executor",
)

#: How tables and plots name each model.
LABELS = {
    "serial": "serial",
    "threads": "threads (GIL)",
    "free_threads": "threads (free-threaded)",
    "asyncio": "asyncio",
    "interpreters": "InterpreterPoolExecutor",
    "mp_pool": "multiprocessing Pool",
    "process_executor": "ProcessPoolExecutor",
}

#: The argument each task of a workload gets: a ``count_primes`` limit, MiB of
#: zeros to hash, seconds to wait. Each task takes roughly 0.15-0.2 s serially.
TASK_SIZES: dict[str, int | float] = {"cpu": 200_000, "hash": 192, "io": 0.2}

#: Tasks in each job unless told otherwise.
DEFAULT_TASKS = 8

#: Seconds to wait for a whole job before giving up.
JOB_TIMEOUT = 120.0

_MIB = 2**20


# --- Workers -------------------------------------------------------------------


def sha256_of_zeros(megabytes: int) -> str:
    """SHA-256 of *megabytes* MiB of zero bytes, hashed in one call.

    The buffer is made here, in the worker, so only a small int travels to a
    worker process. :mod:`hashlib` releases the GIL while it hashes more than
    2047 bytes passed at once, so threads running this keep several cores busy.

    >>> sha256_of_zeros(0)[:16]
    'e3b0c44298fc1c14'
    """
    megabytes = check_int("megabytes", megabytes)
    return hashlib.sha256(bytes(megabytes * _MIB)).hexdigest()


async def async_wait_for_io(seconds: float) -> float:
    """The asyncio twin of :func:`~mpguide.workers.wait_for_io`.

    Awaiting :func:`asyncio.sleep` hands control back to the event loop, as
    awaiting a real network read would. Returns *seconds*.

    >>> asyncio.run(async_wait_for_io(0))
    0
    """
    check_seconds("seconds", seconds, allow_zero=True)
    await asyncio.sleep(seconds)
    return seconds


def task_function(workload: str) -> Callable[[Any], Any]:
    """The picklable function each task of *workload* runs.

    >>> task_function("cpu").__name__
    'count_primes'
    """
    _check_workload(workload)
    functions: dict[str, Callable[[Any], Any]] = {
        "cpu": count_primes,
        "hash": sha256_of_zeros,
        "io": wait_for_io,
    }
    return functions[workload]


def workers_for(workload: str, tasks: int) -> int:
    """Threads, interpreters or processes every parallel model gets.

    Computation cannot use more workers than there are usable CPUs; waiting
    can, so an I/O job gets one worker per task.

    >>> workers_for("io", 8)
    8
    """
    _check_workload(workload)
    tasks = check_int("tasks", tasks, minimum=1)
    if workload == "io":
        return tasks
    return usable_cpus()


# --- What this Python has ----------------------------------------------------


def python_version() -> str:
    """The running Python's major.minor version, such as ``"3.13"``.

    >>> python_version() == f"{sys.version_info[0]}.{sys.version_info[1]}"
    True
    """
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def gil_disabled() -> bool:
    """True only in a free-threaded build running with the GIL off.

    ``Py_GIL_DISABLED`` says whether the build *can* run without the GIL;
    ``sys._is_gil_enabled()`` (new in 3.13) whether it does right now: the
    GIL comes back with ``PYTHON_GIL=1``, ``-X gil=1`` or an extension module
    that does not declare free-threading support.
    """
    if not sysconfig.get_config_var("Py_GIL_DISABLED"):
        return False
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return is_gil_enabled is not None and not is_gil_enabled()


def unavailable_reason(model: str, workload: str) -> str | None:
    """Why *model* is not measured for *workload* here, or None if it is.

    >>> unavailable_reason("serial", "cpu") is None
    True
    >>> unavailable_reason("asyncio", "cpu").startswith("not applicable")
    True
    """
    _check_model(model)
    _check_workload(workload)
    here = f"this build machine's Python {python_version()}"
    if model == "asyncio" and workload != "io":
        return (
            "not applicable: coroutines share one thread and computing never "
            "awaits, so tasks run one after the other and block the event loop"
        )
    if model == "interpreters" and not hasattr(
        concurrent.futures, "InterpreterPoolExecutor"
    ):
        return (
            f"not available on {here} (InterpreterPoolExecutor is new in Python 3.14)"
        )
    if model == "free_threads" and not gil_disabled():
        if sysconfig.get_config_var("Py_GIL_DISABLED"):
            return f"not available: {here} is free-threaded but has the GIL enabled"
        return (
            f"not available on {here}, a build with the GIL "
            "(the free-threaded build is a separate interpreter)"
        )
    if model == "threads" and gil_disabled():
        return f"not applicable: {here} runs without the GIL; see free-threaded"
    return None


# --- Running a job with one model ------------------------------------------------


async def _gather_waits(items: list[Any]) -> list[Any]:
    return list(await asyncio.gather(*(async_wait_for_io(s) for s in items)))


def _map(executor: Executor, func: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    with executor:
        return list(executor.map(func, items, timeout=JOB_TIMEOUT))


def run_model(
    model: str, workload: str, tasks: Sequence[Any], workers: int, ctx: BaseContext
) -> list[Any]:
    """Run *tasks* of *workload* with *model*; return the results in order.

    Everything a caller waits for is inside: starting the pool, the work, and
    shutting the pool down. Raises :class:`ValueError` for a model that
    :func:`unavailable_reason` rules out.
    """
    reason = unavailable_reason(model, workload)
    if reason is not None:
        raise ValueError(f"{model} for {workload}: {reason}")
    if isinstance(tasks, (str, bytes)) or not isinstance(tasks, Sequence) or not tasks:
        raise ValueError("tasks must be a non-empty sequence")
    workers = check_int("workers", workers, minimum=1)
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    func = task_function(workload)
    items = list(tasks)
    if model == "serial":
        return [func(item) for item in items]
    if model in ("threads", "free_threads"):
        return _map(ThreadPoolExecutor(max_workers=workers), func, items)
    if model == "asyncio":
        return asyncio.run(_gather_waits(items))
    if model == "interpreters":
        pool_class = concurrent.futures.InterpreterPoolExecutor  # type: ignore[attr-defined,unused-ignore]
        return _map(pool_class(max_workers=workers), func, items)
    if model == "mp_pool":
        with ctx.Pool(workers) as pool:
            results = pool.map_async(func, items, chunksize=1).get(JOB_TIMEOUT)
            pool.close()
            pool.join()
        return results
    # process_executor
    return _map(ProcessPoolExecutor(max_workers=workers, mp_context=ctx), func, items)


def compare_models(
    workload: str,
    *,
    start_method: str = "spawn",
    tasks: int | None = None,
    repeat: int = 1,
) -> dict[str, float | str]:
    """Time *workload* with every model in :data:`MODELS`.

    Returns ``{model: median wall seconds}``, in :data:`MODELS` order, with a
    sentence instead of seconds for a model this Python lacks or that does not
    fit the workload. Each job is *tasks* tasks (default
    :data:`DEFAULT_TASKS`) of size ``TASK_SIZES[workload]``; every parallel
    model gets :func:`workers_for` workers; process pools start with
    ``multiprocessing.get_context(start_method)``. Times include starting and
    stopping each pool: the one-shot view of a caller who runs one job.
    With *repeat* above 1 the models take turns, round after round, so that a
    burst of load elsewhere on the machine spreads over all of them.
    Every model must return what serial returned, else :class:`RuntimeError`.
    """
    _check_workload(workload)
    check_str("start_method", start_method)
    if start_method not in multiprocessing.get_all_start_methods():
        raise ValueError(
            f"start method {start_method!r} is not available here "
            f"(available: {', '.join(multiprocessing.get_all_start_methods())})"
        )
    count = DEFAULT_TASKS if tasks is None else check_int("tasks", tasks, minimum=1)
    repeat = check_int("repeat", repeat, minimum=1)
    ctx = multiprocessing.get_context(start_method)
    items = [TASK_SIZES[workload]] * count
    workers = workers_for(workload, count)
    reasons = {model: unavailable_reason(model, workload) for model in MODELS}
    runnable = [model for model in MODELS if reasons[model] is None]
    times: dict[str, list[float]] = {model: [] for model in runnable}
    expected: list[Any] | None = None
    for _ in range(repeat):
        for model in runnable:
            result, seconds = timed(run_model, model, workload, items, workers, ctx)
            times[model].append(seconds)
            if expected is None:
                expected = result
            elif result != expected:
                raise RuntimeError(
                    f"{model} returned {result!r}, serial returned {expected!r}"
                )
    report: dict[str, float | str] = {}
    for model in MODELS:
        reason = reasons[model]
        report[model] = statistics.median(times[model]) if reason is None else reason
    return report


def speedups(report: dict[str, float | str]) -> dict[str, float | str]:
    """Turn :func:`compare_models` seconds into speed-ups against serial.

    Sentences (models not measured) pass through unchanged.

    >>> speedups({"serial": 2.0, "threads": 1.0, "asyncio": "not applicable"})
    {'serial': 1.0, 'threads': 2.0, 'asyncio': 'not applicable'}
    """
    if not isinstance(report, dict):
        raise TypeError(f"report must be a dict, not {type(report).__name__}")
    serial = report.get("serial")
    if not isinstance(serial, float):
        raise TypeError("report must hold the serial time in seconds, a float")
    return {
        model: serial / value if isinstance(value, float) else value
        for model, value in report.items()
    }


def _check_workload(workload: object) -> None:
    check_str("workload", workload)
    if workload not in WORKLOADS:
        raise ValueError(
            f"workload must be one of {', '.join(WORKLOADS)}, got {workload!r}"
        )


def _check_model(model: object) -> None:
    check_str("model", model)
    if model not in MODELS:
        raise ValueError(f"model must be one of {', '.join(MODELS)}, got {model!r}")
