from __future__ import annotations

import multiprocessing
import pickle
import threading
import time

import pytest

from mpguide.workers import (
    TaskFailed,
    count_primes,
    do_nothing,
    greet,
    introduce,
    raise_error,
    wait_for_io,
    wait_until_released,
)


@pytest.mark.parametrize(
    ("limit", "expected"), [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25), (10_000, 1229)]
)
def test_count_primes(limit: int, expected: int) -> None:
    assert count_primes(limit) == expected


def test_wait_for_io_waits_and_returns() -> None:
    start = time.perf_counter()
    assert wait_for_io(0.05) == 0.05
    assert time.perf_counter() - start >= 0.05


def test_introduce_prints_name_and_pids(capsys: pytest.CaptureFixture[str]) -> None:
    introduce("alpha")
    assert capsys.readouterr().out.startswith("child alpha: pid ")


def test_greet(capsys: pytest.CaptureFixture[str]) -> None:
    greet("world")
    greet("you", punctuation="?")
    assert capsys.readouterr().out == "hello, world!\nhello, you?\n"


def test_wait_until_released_sets_ready_then_waits() -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    waiter = threading.Thread(target=wait_until_released, args=(ready, release))
    waiter.start()
    assert ready.wait(timeout=60)
    assert waiter.is_alive()
    release.set()
    waiter.join(timeout=60)
    assert not waiter.is_alive()


def test_do_nothing_runs_in_a_child() -> None:
    child = multiprocessing.get_context("spawn").Process(target=do_nothing)
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0


def test_raise_error_raises_task_failed() -> None:
    with pytest.raises(TaskFailed, match=r"^disk full$"):
        raise_error("disk full")


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
