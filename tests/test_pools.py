from __future__ import annotations

import multiprocessing
import os
from collections import Counter

import pytest

from mpguide.pools import (
    default_chunksize,
    die_abruptly,
    init_worker,
    power,
    square,
    worker_report,
)

FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@pytest.mark.parametrize(("x", "expected"), [(0, 0), (3, 9), (-4, 16)])
def test_square(x: int, expected: int) -> None:
    assert square(x) == expected


@pytest.mark.parametrize("bad", [1.5, "2", None, True])
def test_square_rejects_non_int(bad: object) -> None:
    with pytest.raises(TypeError, match="x must be an int"):
        square(bad)  # type: ignore[arg-type]


def test_power() -> None:
    assert power(2, 10) == 1024
    assert power(-3, 3) == -27
    assert power(10, 0) == 1


def test_power_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="exponent must be >= 0, got -1"):
        power(2, -1)
    with pytest.raises(TypeError, match="base must be an int, not float"):
        power(2.0, 1)  # type: ignore[arg-type]


def test_worker_report_counts_per_process_after_init() -> None:
    init_worker("first")
    assert worker_report(5) == (5, os.getpid(), "first", 1)
    assert worker_report(6) == (6, os.getpid(), "first", 2)
    init_worker("second")  # a fresh worker starts counting again
    assert worker_report(7) == (7, os.getpid(), "second", 1)


def test_init_worker_and_worker_report_validate() -> None:
    with pytest.raises(TypeError, match="label must be a str"):
        init_worker(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="task must be >= 0"):
        worker_report(-1)


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
    ("bad", "error"),
    [(-1, ValueError), (256, ValueError), ("3", TypeError), (True, TypeError)],
)
def test_die_abruptly_validates_before_exiting(bad: object, error: type) -> None:
    with pytest.raises(error, match="exit_code must be"):
        die_abruptly(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("items", "workers", "expected"),
    [(0, 2, 0), (1, 2, 1), (8, 2, 1), (9, 2, 2), (10_000, 2, 1250), (100, 3, 9)],
)
def test_default_chunksize(items: int, workers: int, expected: int) -> None:
    assert default_chunksize(items, workers) == expected


def test_default_chunksize_validates() -> None:
    with pytest.raises(ValueError, match="workers must be >= 1"):
        default_chunksize(10, 0)
    with pytest.raises(ValueError, match="items must be >= 0"):
        default_chunksize(-1, 2)
    with pytest.raises(TypeError, match="items must be an int"):
        default_chunksize(2.5, 2)  # type: ignore[arg-type]


@pytest.mark.parametrize("items", [20, 37])
def test_default_chunksize_matches_this_pythons_pool_map(items: int) -> None:
    # With maxtasksperchild=1 every chunk (one task) runs in a fresh worker,
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
