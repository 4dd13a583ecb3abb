from __future__ import annotations

import multiprocessing
from multiprocessing import shared_memory
from multiprocessing.reduction import ForkingPickler

import pytest

from mpguide.sharing import (
    add_to_dict,
    append_to_log,
    fill_block,
    increment,
    tally_into_list,
)

CTX = multiprocessing.get_context("spawn")


@pytest.mark.parametrize("use_lock", [True, False])
def test_increment_in_one_process_is_exact(use_lock: bool) -> None:
    counter = CTX.Value("q", 5)
    increment(counter, 100, use_lock)
    assert counter.value == 105


def test_increment_waits_on_barrier() -> None:
    counter = CTX.Value("q", 0)
    increment(counter, 3, True, CTX.Barrier(1))
    assert counter.value == 3


def test_locked_increments_from_children_are_exact() -> None:
    counter = CTX.Value("q", 0)
    start = CTX.Barrier(2)
    children = [
        CTX.Process(target=increment, args=(counter, 2_000, True, start))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)
        assert child.exitcode == 0
    assert counter.value == 4_000


def test_increment_with_lock_needs_a_locked_value() -> None:
    with pytest.raises(AttributeError):
        increment(CTX.Value("q", 0, lock=False), 1, True)  # raw: no get_lock()


def test_fill_block_writes_its_range_and_closes() -> None:
    block = shared_memory.SharedMemory(create=True, size=8)
    try:
        block.buf[:8] = bytes(8)
        fill_block(block.name, 2, 5)
        assert list(block.buf[:8]) == [0, 0, 4, 9, 16, 0, 0, 0]
    finally:
        block.close()
        block.unlink()


def test_fill_block_needs_an_existing_block() -> None:
    with pytest.raises(FileNotFoundError):
        fill_block("mpguide-no-such-block", 0, 1)


def test_tally_into_list() -> None:
    tallies = shared_memory.ShareableList([0, 0])
    try:
        tally_into_list(tallies.shm.name, 1, "abc")
        assert list(tallies) == [0, 3]
        with pytest.raises(IndexError):
            tally_into_list(tallies.shm.name, 2, "abc")
    finally:
        tallies.shm.close()
        tallies.shm.unlink()


def test_add_to_dict_writes_through_the_proxies() -> None:
    with CTX.Manager() as manager:
        shared = manager.dict()
        notes = manager.list()
        settings = manager.Namespace(scale=3)
        add_to_dict(shared, "a", 2, notes, settings)
        assert shared.copy() == {"a": 6}
        assert list(notes) == ["a"]


def test_append_to_log_nested_change_is_lost_through_a_proxy() -> None:
    with CTX.Manager() as manager:
        shared = manager.dict({"log": []})
        append_to_log(shared, "a")
        assert shared["log"] == []  # the nested append never reached the manager


@pytest.mark.parametrize("lock", [True, False])
def test_value_cannot_be_pickled_outside_process_start(lock: bool) -> None:
    """The page says a Value reaches a child only as a start-up argument.

    Queues and pools pickle with ForkingPickler, which refuses it.
    """
    with pytest.raises(RuntimeError, match="through inheritance"):
        ForkingPickler.dumps(CTX.Value("q", 0, lock=lock))
