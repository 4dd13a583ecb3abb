from __future__ import annotations

import multiprocessing

import pytest

from mpguide.chunking import (
    ChunkTimings,
    UnevenTimings,
    count_primes_batch,
    split_batches,
    square_batch,
    sweep_chunksizes,
    time_chunksizes,
    time_uneven,
    uneven_limits,
)

FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def test_square_batch() -> None:
    assert square_batch([]) == []
    assert square_batch([-2, 3]) == [4, 9]


@pytest.mark.parametrize("bad", [(1, 2), [1, "2"], [1.0], None])
def test_batches_reject_bad_input(bad: object) -> None:
    with pytest.raises(TypeError):
        square_batch(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        count_primes_batch(bad)  # type: ignore[arg-type]


def test_count_primes_batch() -> None:
    assert count_primes_batch([0, 10, 100]) == [0, 4, 25]


@pytest.mark.parametrize(("n", "batches"), [(0, 1), (1, 3), (7, 3), (10, 2), (5, 5)])
def test_split_batches_keeps_order_and_balance(n: int, batches: int) -> None:
    items = list(range(n))
    parts = split_batches(items, batches)
    assert [x for part in parts for x in part] == items
    assert len(parts) == min(n, batches)
    if parts:
        sizes = [len(part) for part in parts]
        assert max(sizes) - min(sizes) <= 1
        assert min(sizes) >= 1


def test_split_batches_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="batches must be >= 1, got 0"):
        split_batches([1], 0)
    with pytest.raises(TypeError, match="items must be a list"):
        split_batches(range(3), 1)  # type: ignore[arg-type]


def test_sweep_chunksizes() -> None:
    assert sweep_chunksizes(1, 2) == [1]
    assert sweep_chunksizes(100, 2) == [1, 2, 5, 10, 13, 20, 50]
    sizes = sweep_chunksizes(10_000, 4)
    assert sizes[0] == 1
    assert sizes[-1] == 2500
    assert 625 in sizes  # the default, ceil(10000 / 16)
    assert sizes == sorted(set(sizes))


def test_sweep_chunksizes_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="items must be >= 1"):
        sweep_chunksizes(0, 2)
    with pytest.raises(TypeError, match="workers must be an int"):
        sweep_chunksizes(10, 2.0)  # type: ignore[arg-type]


def test_chunk_timings_properties() -> None:
    timings = ChunkTimings(
        items=10,
        workers=2,
        by_chunksize={1: 0.8, 2: 0.2, 5: 0.4},
        by_hand=0.3,
        serial=0.1,
    )
    assert timings.best_chunksize == 2
    assert timings.worst_chunksize == 1
    assert timings.worst_over_best == pytest.approx(4.0)
    with pytest.raises(AttributeError):
        timings.serial = 1.0  # type: ignore[misc]


def test_time_chunksizes_measures_every_variant() -> None:
    ctx = multiprocessing.get_context(FAST_METHOD)
    timings = time_chunksizes(ctx, 200, 2, [1, 10, 100], repeat=1, timeout=60)
    assert set(timings.by_chunksize) == {1, 10, 100}
    assert all(seconds > 0 for seconds in timings.by_chunksize.values())
    assert timings.by_hand > 0
    assert timings.serial > 0
    assert timings.items == 200
    assert timings.workers == 2
    assert not multiprocessing.active_children()


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"ctx": "spawn"}, TypeError, "ctx must be a multiprocessing context"),
        ({"items": 0}, ValueError, "items must be >= 1"),
        ({"workers": 0}, ValueError, "workers must be >= 1"),
        ({"chunksizes": []}, ValueError, "non-empty list"),
        ({"chunksizes": [0]}, ValueError, "chunksize must be >= 1"),
        ({"chunksizes": [2, 2]}, ValueError, "must not repeat"),
        ({"repeat": 0}, ValueError, "repeat must be >= 1"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number > 0"),
    ],
)
def test_time_chunksizes_rejects_bad_arguments(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {
        "ctx": multiprocessing.get_context(FAST_METHOD),
        "items": 10,
        "workers": 2,
        "chunksizes": [1],
    }
    arguments.update(kwargs)
    with pytest.raises(error, match=match):
        time_chunksizes(**arguments)  # type: ignore[arg-type]


def test_uneven_timings_properties() -> None:
    timings = UnevenTimings(
        tasks=4, workers=2, by_chunksize={1: 0.5, 2: 1.0}, serial=0.9
    )
    assert timings.best_chunksize == 1
    assert timings.best_speedup == pytest.approx(1.8)
    assert timings.over_best(2) == pytest.approx(2.0)


def test_uneven_limits() -> None:
    limits = uneven_limits(100, slow_every=25, slow=1000, fast=10)
    assert len(limits) == 100
    assert [i for i, limit in enumerate(limits) if limit == 1000] == [0, 25]
    with pytest.raises(ValueError, match="tasks must be >= 2"):
        uneven_limits(1, slow_every=1, slow=1, fast=1)
    with pytest.raises(ValueError, match="slow_every must be >= 1"):
        uneven_limits(4, slow_every=0, slow=1, fast=1)


def test_time_uneven() -> None:
    ctx = multiprocessing.get_context(FAST_METHOD)
    limits = uneven_limits(20, slow_every=5, slow=2000, fast=10)
    timings = time_uneven(ctx, limits, 2, [1, 10], repeat=1, timeout=60)
    assert set(timings.by_chunksize) == {1, 10}
    assert all(value > 0 for value in timings.by_chunksize.values())
    assert timings.serial > 0
    assert timings.tasks == 20
    assert timings.best_chunksize in {1, 10}
    assert timings.over_best(timings.best_chunksize) == 1.0
    with pytest.raises(ValueError, match="limits must not be empty"):
        time_uneven(ctx, [], 2, [1])
    with pytest.raises(TypeError, match="limits must be a list"):
        time_uneven(ctx, (1, 2), 2, [1])  # type: ignore[arg-type]
