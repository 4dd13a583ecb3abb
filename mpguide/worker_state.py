"""Per-worker state: what a worker process keeps between the tasks it runs.

Module globals exist once per process, so each worker has its own: a label
and a task count, a database connection, a cap on BLAS threads, random-number
generators. A pool's *initializer* sets such state once, when the worker
starts.

The BLAS and random-number functions need NumPy, and the BLAS ones
threadpoolctl (``pip install "mpguide[arrays]"``). They import them when
called, so the rest of this module, and of ``mpguide``, runs on the standard
library alone.
"""

from __future__ import annotations

import atexit
import os
import random
import sqlite3
from multiprocessing.util import Finalize
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "blas_threads",
    "close_connection",
    "count_rows",
    "draw_once",
    "init_worker",
    "limit_blas_threads",
    "open_connection",
    "record_square",
    "seed_in_parent",
    "shared_rng",
    "task_draws",
    "worker_report",
]

# --- A label and a task count -----------------------------------------------------

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


# --- A database connection per worker ---------------------------------------------

#: This worker's own connection, opened by open_connection() when the worker
#: starts. Module globals are per process: every worker has its own.
connection: sqlite3.Connection | None = None


def open_connection(path: str, hook: str) -> None:
    """Pool initializer: open this worker's connection; close it at exit with *hook*.

    *hook* is ``"atexit"`` (:func:`atexit.register`) or ``"Finalize"``
    (``multiprocessing.util.Finalize`` with an exit priority: it runs in
    multiprocessing's own exit code, which every start method calls when a
    worker ends normally; the class is not in the documented API).
    """
    global connection  # noqa: PLW0603 - per-process state on purpose
    connection = sqlite3.connect(path)
    if hook == "atexit":
        atexit.register(close_connection, hook)
    elif hook == "Finalize":
        Finalize(None, close_connection, args=(hook,), exitpriority=0)
    else:
        raise ValueError(f"hook must be 'atexit' or 'Finalize', not {hook!r}")


def close_connection(hook: str) -> None:
    """Note this close in the ``closes`` table (committed), then close."""
    global connection  # noqa: PLW0603 - per-process state on purpose
    if connection is not None:
        with connection:  # commits on leaving the block
            connection.execute("INSERT INTO closes VALUES (?, ?)", (os.getpid(), hook))
        connection.close()
        connection = None


def record_square(x: int) -> int:
    """Task: store ``x * x`` with this worker's connection, committed at once.

    Returns the worker's PID.
    """
    if connection is None:
        raise RuntimeError("no connection: run open_connection() in the initializer")
    with connection:  # commits on leaving the block
        connection.execute("INSERT INTO squares VALUES (?, ?)", (x, x * x))
    return os.getpid()


def count_rows(db: sqlite3.Connection, table: str) -> int:
    """Count the rows of *table* through the connection *db*.

    >>> db = sqlite3.connect(":memory:"); _ = db.execute("CREATE TABLE t (x)")
    >>> count_rows(db, "t")
    0
    >>> db.close()
    """
    (rows,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(rows)


# --- BLAS threads (NumPy, threadpoolctl) ------------------------------------------


def limit_blas_threads(limit: int | None) -> None:
    """Pool initializer: cap the BLAS threads of this worker at *limit*.

    ``None`` leaves the library's own default. threadpoolctl can only limit a
    library that is loaded, so NumPy, which loads its BLAS, is imported
    first. Called as a function (not as a ``with`` block),
    threadpool_limits() keeps the cap until the process ends.
    """
    import numpy  # noqa: F401 - loads the BLAS library to limit
    from threadpoolctl import threadpool_limits

    if limit is not None:
        threadpool_limits(limits=limit, user_api="blas")


def blas_threads() -> list[tuple[str, str, int]]:
    """(library, version, threads) of every BLAS this process has loaded."""
    from threadpoolctl import threadpool_info

    return [
        (info["internal_api"], info["version"] or "?", info["num_threads"])
        for info in threadpool_info()
        if info["user_api"] == "blas"
    ]


# --- Random numbers (NumPy) -------------------------------------------------------

#: A generator object of this module. A process started with *fork* gets a
#: copy of it, state included; *spawn* and *forkserver* children import the
#: module afresh and get a new, unseeded one.
shared_rng = random.Random()


def seed_in_parent(seed: int) -> None:
    """Seed :data:`shared_rng` and NumPy's global (legacy) generator.

    >>> import numpy as np
    >>> seed_in_parent(1); first = (shared_rng.random(), np.random.random())
    >>> seed_in_parent(1); first == (shared_rng.random(), np.random.random())
    True
    """
    import numpy as np

    shared_rng.seed(seed)
    np.random.seed(seed)


def draw_once(queue: Any) -> None:
    """Put one draw from each of three generators on *queue*, as a dict.

    ``random.Random`` instance: :data:`shared_rng`. ``random`` module: the
    module's hidden global generator, which CPython reseeds in a child after
    ``os.fork()``. ``numpy.random``: NumPy's global legacy generator.
    """
    import numpy as np

    queue.put(
        {
            "random.Random instance": shared_rng.randrange(10**6),
            "random module": random.randrange(10**6),
            "numpy.random": int(np.random.randint(10**6)),
        }
    )


def task_draws(task: int, seed: np.random.SeedSequence) -> tuple[int, int, list[int]]:
    """Three draws from a generator made for this task alone from *seed*.

    Returns ``(task, pid, draws)``: the draws depend only on *seed*, not on
    which worker ran the task or what it ran before.

    >>> import numpy as np
    >>> seed = np.random.SeedSequence(7)
    >>> task_draws(0, seed)[2] == task_draws(0, seed)[2]
    True
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    return task, os.getpid(), rng.integers(10**6, size=3).tolist()
