"""Workers for the Pools page: small tasks, per-worker state and a crashing worker.

Everything here runs inside pool workers, so it lives in an importable module:
under *spawn* and *forkserver* a worker imports each function by name.
"""

from __future__ import annotations

import os
from typing import NoReturn

from mpguide.checks import check_int

__all__ = [
    "WorkerReport",
    "default_chunksize",
    "die_abruptly",
    "init_worker",
    "power",
    "square",
    "worker_report",
]


# --- Tiny tasks -----------------------------------------------------------------


def square(x: int) -> int:
    """Return ``x * x``: a task so small that sending it costs more than doing it.

    >>> square(7)
    49
    """
    x = check_int("x", x, minimum=None)
    return x * x


def power(base: int, exponent: int) -> int:
    """Return ``base ** exponent``: a two-argument task for ``starmap``.

    >>> power(2, 10)
    1024
    """
    base = check_int("base", base, minimum=None)
    exponent = check_int("exponent", exponent, minimum=0)
    return int(base**exponent)


# --- Per-worker state -----------------------------------------------------------

# Module globals are per process: each worker has its own copy, set by
# init_worker() when the worker starts and untouched by the other workers.
_worker_label: str | None = None
_tasks_done = 0

#: What :func:`worker_report` returns: (task, worker PID, label, task count).
WorkerReport = tuple[int, int, str | None, int]


def init_worker(label: str) -> None:
    """Pool initializer: give this worker process its label and a fresh count.

    A pool calls it once in every worker it starts, including the workers
    that replace retired ones when ``maxtasksperchild`` is set.

    >>> init_worker("demo"); worker_report(0)[2:]
    ('demo', 1)
    """
    global _worker_label, _tasks_done  # noqa: PLW0603 - per-process state on purpose
    if not isinstance(label, str):
        raise TypeError(f"label must be a str, not {type(label).__name__}")
    _worker_label = label
    _tasks_done = 0


def worker_report(task: int) -> WorkerReport:
    """Run task number *task*; say which worker ran it and its task count so far.

    Returns ``(task, pid, label, count)`` where *label* is what
    :func:`init_worker` set in this process (``None`` without an initializer)
    and *count* is how many tasks this process has run, this one included.
    """
    global _tasks_done  # noqa: PLW0603 - per-process state on purpose
    task = check_int("task", task, minimum=0)
    _tasks_done += 1
    return (task, os.getpid(), _worker_label, _tasks_done)


# --- A worker that crashes --------------------------------------------------------


def die_abruptly(exit_code: int) -> NoReturn:
    """End this process at once with *exit_code*, as a crash would.

    ``os._exit`` skips ``finally`` blocks, ``atexit`` handlers and the pool's
    own bookkeeping, so the task never reports back: the parent sees a worker
    that vanished, the way it would after a segfault or the OOM killer.
    """
    exit_code = check_int("exit_code", exit_code, minimum=0)
    if exit_code > 255:
        raise ValueError(f"exit_code must be <= 255, got {exit_code}")
    os._exit(exit_code)


# --- Chunking -------------------------------------------------------------------


def default_chunksize(items: int, workers: int) -> int:
    """The chunk size CPython's ``Pool.map`` picks when you pass none.

    CPython (3.10 to 3.14 alike) aims for about four chunks per worker: the length
    divided by ``4 * workers``, rounded up. (``Pool.imap`` and
    ``Pool.imap_unordered`` instead default to 1.)

    >>> default_chunksize(10_000, 2)
    1250
    >>> default_chunksize(10, 2)
    2
    >>> default_chunksize(0, 2)
    0
    """
    items = check_int("items", items, minimum=0)
    workers = check_int("workers", workers, minimum=1)
    chunksize, extra = divmod(items, workers * 4)
    return chunksize + 1 if extra else chunksize
