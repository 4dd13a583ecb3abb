"""Run one job serially, on threads and on processes, and time each way.

The GIL page compares three ways of running the same list of tasks: one after
the other, on a pool of threads and on a pool of processes. This module holds
the workers and the timing code, so that the example stays short and the
children can import the worker by name under every start method.
"""

from __future__ import annotations

import hashlib
import math
import sys
import sysconfig
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Any

from mpguide.checks import check_int

__all__ = [
    "MODES",
    "Timing",
    "gil_status",
    "hash_zeros",
    "run_processes",
    "run_serial",
    "run_threads",
    "time_modes",
]

#: The three ways a job is run, in the order tables show them.
MODES = ("serial", "threads", "processes")

#: Seconds to wait for one task's result before giving up on the whole job.
TASK_TIMEOUT = 120.0

_CHUNK = 2**20


def _check_job(func: object, tasks: object) -> list[Any]:
    if not callable(func):
        raise TypeError(f"func must be callable, not {type(func).__name__}")
    if isinstance(tasks, (str, bytes)) or not isinstance(tasks, Sequence):
        raise TypeError(f"tasks must be a sequence, not {type(tasks).__name__}")
    if not tasks:
        raise ValueError("tasks must not be empty")
    return list(tasks)


# --- A worker that spends its time in C code that releases the GIL -----------


def hash_zeros(megabytes: int) -> str:
    """SHA-256 of *megabytes* MiB of zero bytes, as a hex string.

    The data is fed to the hash 1 MiB at a time. :mod:`hashlib` releases the
    GIL while it hashes a buffer that large, so threads running this overlap
    even though each one keeps a CPU busy; the GIL is held only for the few
    bytecodes of the loop between two chunks.

    >>> hash_zeros(0)[:16]
    'e3b0c44298fc1c14'
    >>> hash_zeros(2) == hashlib.sha256(bytes(2 * 2**20)).hexdigest()
    True
    """
    check_int("megabytes", megabytes)
    chunk = bytes(_CHUNK)
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(chunk)
    return digest.hexdigest()


# --- Three ways to run a job ---------------------------------------------------


def run_serial(func: Callable[[Any], Any], tasks: Sequence[Any]) -> list[Any]:
    """Run ``func(task)`` for each task, one after the other.

    >>> run_serial(abs, [-1, 2])
    [1, 2]
    """
    return [func(task) for task in _check_job(func, tasks)]


def run_threads(
    func: Callable[[Any], Any], tasks: Sequence[Any], workers: int
) -> list[Any]:
    """Run ``func(task)`` for each task on a pool of *workers* threads.

    >>> run_threads(abs, [-1, 2], workers=2)
    [1, 2]
    """
    items = _check_job(func, tasks)
    with ThreadPoolExecutor(
        max_workers=check_int("workers", workers, minimum=1)
    ) as pool:
        return list(pool.map(func, items, timeout=TASK_TIMEOUT))


def run_processes(
    func: Callable[[Any], Any],
    tasks: Sequence[Any],
    workers: int,
    ctx: BaseContext,
) -> list[Any]:
    """Run ``func(task)`` for each task on a pool of *workers* processes.

    *func* must be importable by name (a module-level function of a module,
    not of ``__main__`` in an interactive session). The pool starts its
    processes with *ctx*, so the start method is explicit.
    """
    items = _check_job(func, tasks)
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    with ProcessPoolExecutor(
        max_workers=check_int("workers", workers, minimum=1), mp_context=ctx
    ) as pool:
        return list(pool.map(func, items, timeout=TASK_TIMEOUT))


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds for one job run each way, and the speed-ups."""

    serial: float
    threads: float
    processes: float

    def seconds(self, mode: str) -> float:
        """The seconds for *mode* (one of :data:`MODES`)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        value: float = getattr(self, mode)
        return value

    def speedup(self, mode: str) -> float:
        """How many times faster *mode* ran than the serial run.

        >>> Timing(serial=2.0, threads=2.0, processes=1.0).speedup("processes")
        2.0
        """
        return self.serial / self.seconds(mode)


def time_modes(
    func: Callable[[Any], Any],
    tasks: Sequence[Any],
    workers: int,
    ctx: BaseContext,
    *,
    repeat: int = 1,
) -> Timing:
    """Time the same job serially, on threads and on processes.

    Each time covers the whole job as a caller sees it, including starting
    and shutting down the pool. With *repeat* above 1 the three ways take
    turns (serial, threads, processes, serial, ...) and each keeps its fastest
    run: on a shared machine a slow run says more about the neighbours than
    about the code, and taking turns spreads their noise over all three.
    The runs must all return the same results, else :class:`RuntimeError` is
    raised: a fast wrong answer is no speed-up.
    """
    items = _check_job(func, tasks)
    check_int("workers", workers, minimum=1)
    check_int("repeat", repeat, minimum=1)
    runners: dict[str, Callable[[], list[Any]]] = {
        "serial": lambda: run_serial(func, items),
        "threads": lambda: run_threads(func, items, workers),
        "processes": lambda: run_processes(func, items, workers, ctx),
    }
    times: dict[str, float] = dict.fromkeys(MODES, math.inf)
    expected = None
    for _ in range(repeat):
        for mode in MODES:
            start = time.perf_counter()
            result = runners[mode]()
            times[mode] = min(times[mode], time.perf_counter() - start)
            if expected is None:
                expected = result
            elif result != expected:
                raise RuntimeError(
                    f"{mode} returned {result!r}, serial returned {expected!r}"
                )
    return Timing(**times)


def gil_status() -> str:
    """Say whether this Python is a free-threaded build and if the GIL is on.

    ``sys._is_gil_enabled()`` was added in 3.13; before that every CPython
    build has a GIL and it is always enabled.

    >>> gil_status().startswith("Python ")
    True
    """
    build = (
        "free-threaded build"
        if sysconfig.get_config_var("Py_GIL_DISABLED")
        else "default build (with GIL)"
    )
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    if is_gil_enabled is None:
        state = "GIL enabled (sys._is_gil_enabled() is new in 3.13)"
    else:
        state = "GIL enabled" if is_gil_enabled() else "GIL disabled"
    version = ".".join(str(part) for part in sys.version_info[:3])
    return f"Python {version}, {build}, {state}"
