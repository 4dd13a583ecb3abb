"""The default chunk size that examples/pool_chunksize.py prints, against CPython's."""

from __future__ import annotations

import multiprocessing
from collections import Counter

import pytest

from mpguide.worker_state import init_worker, worker_report


def default_chunksize(items: int, workers: int) -> int:
    """The rule the chunking examples print for CPython's Pool.map default."""
    chunksize, extra = divmod(items, workers * 4)
    return chunksize + 1 if extra else chunksize


FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


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
