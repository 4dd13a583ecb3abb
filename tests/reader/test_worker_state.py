"""mpguide.worker_state: what a worker process keeps between its tasks."""

from __future__ import annotations

import multiprocessing
import os
import queue
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from mpguide import worker_state
from mpguide.worker_state import (
    blas_threads,
    close_connection,
    count_rows,
    draw_once,
    init_worker,
    limit_blas_threads,
    open_connection,
    record_square,
    seed_in_parent,
    shared_rng,
    task_draws,
    worker_report,
)

# --- A label and a task count ----------------------------------------------------


def test_worker_report_counts_per_process_after_init() -> None:
    init_worker("first")
    assert worker_report(5) == (5, os.getpid(), "first", 1)
    assert worker_report(6) == (6, os.getpid(), "first", 2)
    init_worker("second")  # a fresh worker starts counting again
    assert worker_report(7) == (7, os.getpid(), "second", 1)


def test_initializer_state_is_per_worker_process() -> None:
    ctx = multiprocessing.get_context("spawn")
    init_worker("parent")
    with ctx.Pool(2, initializer=init_worker, initargs=("child",)) as pool:
        rows = pool.map(worker_report, range(4), chunksize=1)
        pool.close()
        pool.join()
    assert {label for _, _, label, _ in rows} == {"child"}
    assert os.getpid() not in {pid for _, pid, _, _ in rows}
    # The parent's own copy of the global was not touched by the workers.
    assert worker_report(0)[2:] == ("parent", 1)


# --- A database connection per worker --------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "results.db")
    with closing(sqlite3.connect(path)) as db:
        db.executescript(
            "CREATE TABLE squares (x, square); CREATE TABLE closes (pid, hook);"
        )
    return path


def test_record_square_needs_the_initializer() -> None:
    worker_state.connection = None
    with pytest.raises(RuntimeError, match="open_connection"):
        record_square(3)


def test_open_record_close_in_one_process(database: str) -> None:
    # The initializer also registers the hook: use Finalize, then run the
    # close by hand (the registered callback finds the connection closed).
    open_connection(database, "Finalize")
    assert record_square(3) == os.getpid()
    close_connection("Finalize")
    assert worker_state.connection is None
    close_connection("Finalize")  # a second close does nothing
    with closing(sqlite3.connect(database)) as db:
        assert count_rows(db, "squares") == 1
        assert db.execute("SELECT * FROM closes").fetchall() == [
            (os.getpid(), "Finalize")
        ]


def test_open_connection_rejects_an_unknown_hook(database: str) -> None:
    with pytest.raises(ValueError, match="atexit"):
        open_connection(database, "weakref")
    assert worker_state.connection is not None
    worker_state.connection.close()
    worker_state.connection = None


# --- BLAS threads ----------------------------------------------------------------


def test_limit_blas_threads_caps_a_pool_worker() -> None:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1, initializer=limit_blas_threads, initargs=(1,)) as pool:
        libraries = pool.apply_async(blas_threads).get(timeout=120)
        pool.close()
        pool.join()
    # The initializer imported NumPy, so its BLAS is loaded, and limited.
    assert libraries
    assert {threads for _, _, threads in libraries} == {1}


# --- Random numbers --------------------------------------------------------------


def test_seed_in_parent_repeats_both_generators() -> None:
    seed_in_parent(5)
    first = (shared_rng.random(), np.random.random())
    seed_in_parent(5)
    assert (shared_rng.random(), np.random.random()) == first


def test_draw_once_puts_one_draw_per_generator() -> None:
    box: queue.Queue[dict[str, int]] = queue.Queue()
    draw_once(box)
    row = box.get_nowait()
    assert set(row) == {"random.Random instance", "random module", "numpy.random"}
    assert all(isinstance(value, int) for value in row.values())


def test_task_draws_depend_only_on_the_seed() -> None:
    seeds = np.random.SeedSequence(1).spawn(2)
    task, _, draws = task_draws(0, seeds[0])
    assert task == 0
    assert task_draws(5, seeds[0])[2] == draws
    assert task_draws(0, seeds[1])[2] != draws
