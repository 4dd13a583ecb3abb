from __future__ import annotations

import math
import multiprocessing
import pickle
import time

import pytest

from mpguide.workers import (
    TaskFailed,
    count_primes,
    introduce,
    raise_error,
    wait_for_io,
)


@pytest.mark.parametrize(
    ("limit", "expected"), [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25), (10_000, 1229)]
)
def test_count_primes(limit: int, expected: int) -> None:
    assert count_primes(limit) == expected


@pytest.mark.parametrize("bad", [1.5, "10", None, True])
def test_count_primes_rejects_non_int(bad: object) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        count_primes(bad)  # type: ignore[arg-type]


def test_count_primes_rejects_negative() -> None:
    with pytest.raises(ValueError, match="limit must be >= 0, got -1"):
        count_primes(-1)


def test_wait_for_io_waits_and_returns() -> None:
    start = time.perf_counter()
    assert wait_for_io(0.05) == 0.05
    assert time.perf_counter() - start >= 0.05


@pytest.mark.parametrize("bad", [-0.1, math.inf, math.nan])
def test_wait_for_io_rejects_bad_values(bad: float) -> None:
    with pytest.raises(ValueError, match="seconds must be a finite number >= 0"):
        wait_for_io(bad)


@pytest.mark.parametrize("bad", ["1", None, False])
def test_wait_for_io_rejects_non_numbers(bad: object) -> None:
    with pytest.raises(TypeError, match="seconds must be a number"):
        wait_for_io(bad)  # type: ignore[arg-type]


def test_introduce_prints_name_and_pids(capsys: pytest.CaptureFixture[str]) -> None:
    introduce("alpha")
    assert capsys.readouterr().out.startswith("child alpha: pid ")


def test_introduce_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="name must be a str"):
        introduce(1)  # type: ignore[arg-type]


def test_raise_error_raises_task_failed() -> None:
    with pytest.raises(TaskFailed, match=r"^disk full$"):
        raise_error("disk full")
    with pytest.raises(TypeError, match="message must be a str"):
        raise_error(None)  # type: ignore[arg-type]


def test_task_failed_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(TaskFailed("boom")))
    assert isinstance(error, TaskFailed)
    assert error.args == ("boom",)


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_workers_run_in_a_pool_under_each_start_method(method: str) -> None:
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(2) as pool:
        assert pool.map(count_primes, [10, 100], chunksize=1) == [4, 25]
        failing = pool.apply_async(raise_error, ("from a worker",))
        with pytest.raises(TaskFailed, match="from a worker"):
            failing.get(timeout=60)
        pool.close()
        pool.join()
