"""mpguide.processes: what a plain child process runs."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from mpguide.processes import (
    do_nothing,
    greet,
    inner_pool_total,
    introduce,
    print_and_wait,
    start_grandchild,
    wait_until_released,
)

CTX = multiprocessing.get_context("spawn")


def test_introduce_prints_name_and_pids(capsys: pytest.CaptureFixture[str]) -> None:
    introduce("alpha")
    assert capsys.readouterr().out.startswith("child alpha: pid ")


def test_greet(capsys: pytest.CaptureFixture[str]) -> None:
    greet("world")
    greet("you", punctuation="?")
    assert capsys.readouterr().out == "hello, world!\nhello, you?\n"


def test_do_nothing_runs_in_a_child() -> None:
    child = CTX.Process(target=do_nothing)
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0


def test_wait_until_released_sets_ready_then_waits() -> None:
    ready, release = CTX.Event(), CTX.Event()
    waiter = threading.Thread(target=wait_until_released, args=(ready, release))
    waiter.start()
    assert ready.wait(timeout=60)
    assert waiter.is_alive()
    release.set()
    waiter.join(timeout=60)
    assert not waiter.is_alive()


def test_print_and_wait_prints_then_waits(capsys: pytest.CaptureFixture[str]) -> None:
    printed, release = CTX.Event(), CTX.Event()
    waiter = threading.Thread(target=print_and_wait, args=(True, printed, release))
    waiter.start()
    assert printed.wait(timeout=60)
    assert waiter.is_alive()
    release.set()
    waiter.join(timeout=60)
    assert capsys.readouterr().out == "child: this line was printed first\n"


@pytest.mark.parametrize("daemon", [False, True])
def test_start_grandchild_is_refused_in_a_daemon(daemon: bool) -> None:
    child = CTX.Process(target=start_grandchild, daemon=daemon)
    child.start()
    child.join(timeout=120)
    # A daemonic process may not have children: start() raises AssertionError.
    assert child.exitcode == (1 if daemon else 0)


def test_inner_pool_total_in_a_plain_process() -> None:
    assert inner_pool_total("spawn", 4) == (False, 14)


def test_inner_pool_total_fails_in_a_pool_worker() -> None:
    with CTX.Pool(1) as pool:
        nested = pool.apply_async(inner_pool_total, ("spawn", 2))
        with pytest.raises(AssertionError, match="daemonic"):
            nested.get(timeout=120)
        pool.close()
        pool.join()
