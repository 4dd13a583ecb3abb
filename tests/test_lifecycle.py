from __future__ import annotations

import multiprocessing

import pytest

from mpguide.lifecycle import exit_if_any_failed, join_all
from mpguide.workers import raise_error, wait_for_io, wait_until_released


@pytest.fixture
def ctx() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("spawn")


def test_join_all_returns_exit_codes_in_order(
    ctx: multiprocessing.context.BaseContext,
) -> None:
    children = [
        ctx.Process(target=wait_for_io, args=(0,)),
        ctx.Process(target=raise_error, args=("boom",)),
    ]
    for child in children:
        child.start()
    assert join_all(children, timeout=60) == [0, 1]
    with pytest.raises(SystemExit, match=r"failed: exit code 1"):
        exit_if_any_failed(children)
    exit_if_any_failed(children[:1])  # all fine: returns


def test_join_all_kills_a_child_that_overstays(
    ctx: multiprocessing.context.BaseContext,
) -> None:
    ready, never = ctx.Event(), ctx.Event()
    stuck = ctx.Process(target=wait_until_released, args=(ready, never, 600))
    stuck.start()
    assert ready.wait(timeout=60)
    assert join_all([stuck], timeout=0.1) == [-9]


def test_join_all_rejects_a_bad_timeout() -> None:
    with pytest.raises(ValueError, match="timeout must be a finite number > 0"):
        join_all([], timeout=0)
