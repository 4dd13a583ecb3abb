"""Workers for the "Inside a worker" page: nested pools and per-worker resources.

Standard library only. A pool's worker runs these functions, so they live in
an importable module: under *spawn* and *forkserver* a worker finds each one by
importing it.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import sqlite3
from multiprocessing.util import Finalize

__all__ = [
    "close_connection",
    "count_rows",
    "inner_pool_total",
    "open_connection",
    "record_square",
    "square_in_group",
]


# --- Nested pools -----------------------------------------------------------------


def inner_pool_total(start_method: str, n: int) -> tuple[bool, int]:
    """Start a pool of two inside this process; return (daemon?, sum of squares).

    In a ``multiprocessing.Pool`` worker this raises ``AssertionError``: pool
    workers are daemonic, and a daemonic process may not start children.

    >>> inner_pool_total("spawn", 4)
    (False, 14)
    """
    daemon = multiprocessing.current_process().daemon
    with multiprocessing.get_context(start_method).Pool(2) as pool:
        squares = pool.starmap_async(pow, [(x, 2) for x in range(n)])
        total = sum(squares.get(timeout=60))
        pool.close()
        pool.join()
    return daemon, total


def square_in_group(group: str, x: int) -> tuple[str, int]:
    """One small task of a flattened job: return ``(group, x * x)``.

    >>> square_in_group("a", 3)
    ('a', 9)
    """
    return group, x * x


# --- Per-worker resources ---------------------------------------------------------

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
