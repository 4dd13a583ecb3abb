from __future__ import annotations

import multiprocessing
import os
from collections import Counter

import pytest

from mpguide.pools import (
    die_abruptly,
    init_worker,
    power,
    square,
    worker_report,
)


def default_chunksize(items: int, workers: int) -> int:
    """The rule the chunking examples print for CPython's Pool.map default."""
    chunksize, extra = divmod(items, workers * 4)
    return chunksize + 1 if extra else chunksize


FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@pytest.mark.parametrize(("x", "expected"), [(0, 0), (3, 9), (-4, 16)])
def test_square(x: int, expected: int) -> None:
    assert square(x) == expected


def test_power() -> None:
    assert power(2, 10) == 1024
    assert power(-3, 3) == -27
    assert power(10, 0) == 1


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


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_die_abruptly_exits_with_the_code(method: str) -> None:
    child = multiprocessing.get_context(method).Process(target=die_abruptly, args=(7,))
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 7


@pytest.mark.parametrize(
    ("items", "workers", "expected"),
    [(0, 2, 0), (1, 2, 1), (8, 2, 1), (9, 2, 2), (10_000, 2, 1250), (100, 3, 9)],
)
def test_default_chunksize(items: int, workers: int, expected: int) -> None:
    assert default_chunksize(items, workers) == expected


@pytest.mark.parametrize("items", [20, 37])
def test_default_chunksize_matches_this_pythons_pool_map(items: int) -> None:
    # The rule examples/pool_chunksize.py prints, checked against CPython:
    # with maxtasksperchild=1 every chunk (one task) runs in a fresh worker,
    # so the number of items each worker PID ran is the size of its chunk.
    ctx = multiprocessing.get_context(FAST_METHOD)
    with ctx.Pool(
        2, initializer=init_worker, initargs=("c",), maxtasksperchild=1
    ) as pool:
        rows = pool.map(worker_report, range(items))
        pool.close()
        pool.join()
    chunk_sizes = Counter(pid for _, pid, _, _ in rows)
    assert max(chunk_sizes.values()) == default_chunksize(items, 2)
    assert sum(chunk_sizes.values()) == items
