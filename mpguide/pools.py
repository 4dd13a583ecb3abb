"""Workers for the Pools page: tiny tasks, per-worker state and a crashing worker.

A pool's worker runs these functions, so they live in an importable module:
under *spawn* and *forkserver* a worker finds each function by importing it.
"""

from __future__ import annotations

import os
from typing import NoReturn

__all__ = [
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
    return x * x


def power(base: int, exponent: int) -> int:
    """Return ``base ** exponent``: a two-argument task for ``starmap``.

    >>> power(2, 10)
    1024
    """
    return int(base**exponent)


# --- Per-worker state -----------------------------------------------------------

# Module globals are per process: every worker has its own copy, which
# init_worker() sets when that worker starts.
worker_label: str | None = None
tasks_done = 0


def init_worker(label: str) -> None:
    """Pool initializer: give this worker process a label and a fresh task count.

    A pool calls it once in every worker it starts, including the workers
    that replace retired ones when ``maxtasksperchild`` is set.

    >>> init_worker("demo"); worker_report(0)[2:]
    ('demo', 1)
    """
    global worker_label, tasks_done  # noqa: PLW0603 - per-process state on purpose
    worker_label = label
    tasks_done = 0


def worker_report(task: int) -> tuple[int, int, str | None, int]:
    """Run task number *task*: return ``(task, pid, label, count)``.

    *label* is what :func:`init_worker` set in this process (``None`` without
    an initializer) and *count* how many tasks this process has run so far,
    this one included.
    """
    global tasks_done  # noqa: PLW0603 - per-process state on purpose
    tasks_done += 1
    return (task, os.getpid(), worker_label, tasks_done)


# --- A worker that crashes --------------------------------------------------------


def die_abruptly(exit_code: int) -> NoReturn:
    """End this process at once with *exit_code*, as a crash would.

    ``os._exit`` skips ``finally`` blocks, ``atexit`` handlers and the pool's
    own bookkeeping, so the task never reports back: the parent sees a worker
    that vanished, as after a segfault or the OOM killer.
    """
    os._exit(exit_code)
