from __future__ import annotations

import multiprocessing
import sys
from multiprocessing import shared_memory
from multiprocessing.reduction import ForkingPickler

import pytest

from mpguide.sharing import (
    add_to_dict,
    cost_table,
    count_in_shared_memory,
    count_locally,
    count_through_dict,
    count_with_value,
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


def test_increment_rejects_bad_arguments() -> None:
    counter = CTX.Value("q", 0)
    with pytest.raises(TypeError, match="counter must be"):
        increment(object(), 1, True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="times must be an int"):
        increment(counter, 1.5, True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="times must be >= 0"):
        increment(counter, -1, True)
    with pytest.raises(TypeError, match="use_lock must be a bool"):
        increment(counter, 1, 1)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        increment(CTX.Value("q", 0, lock=False), 1, True)  # raw: no get_lock()


def test_fill_block_writes_its_range_and_closes() -> None:
    block = shared_memory.SharedMemory(create=True, size=8)
    try:
        block.buf[:8] = bytes(8)
        fill_block(block.name, 2, 5)
        assert list(block.buf[:8]) == [0, 0, 4, 9, 16, 0, 0, 0]
        with pytest.raises(ValueError, match="past the end"):
            fill_block(block.name, 0, block.size + 1)
        with pytest.raises(ValueError, match="stop must be >= start"):
            fill_block(block.name, 5, 2)
        with pytest.raises(TypeError, match="name must be a str"):
            fill_block(3, 0, 1)  # type: ignore[arg-type]
    finally:
        block.close()
        block.unlink()


def test_closed_block_is_refused() -> None:
    block = shared_memory.SharedMemory(create=True, size=8)
    block.close()
    try:
        with pytest.raises(ValueError, match="is closed"):
            count_in_shared_memory(block, 1)
    finally:
        block.unlink()


def test_fill_block_needs_an_existing_block() -> None:
    with pytest.raises(FileNotFoundError):
        fill_block("mpguide-no-such-block", 0, 1)


def test_tally_into_list() -> None:
    tallies = shared_memory.ShareableList([0, 0])
    try:
        tally_into_list(tallies.shm.name, 1, "abc")
        assert list(tallies) == [0, 3]
        with pytest.raises(ValueError, match="out of range"):
            tally_into_list(tallies.shm.name, 2, "abc")
        with pytest.raises(TypeError, match="text must be a str"):
            tally_into_list(tallies.shm.name, 0, 3)  # type: ignore[arg-type]
    finally:
        tallies.shm.close()
        tallies.shm.unlink()


def test_add_to_dict_nested_change_is_lost_through_a_proxy() -> None:
    with CTX.Manager() as manager:
        shared = manager.dict({"log": []})
        notes = manager.list()
        settings = manager.Namespace(scale=3)
        add_to_dict(shared, "a", 2, notes, settings)
        assert shared["a"] == 6
        assert shared["log"] == []  # the nested append never reached the manager
        assert list(notes) == ["a"]


def test_add_to_dict_on_plain_objects_keeps_nested_change() -> None:
    class Settings:
        scale = 1

    shared: dict[str, object] = {"log": []}
    notes: list[str] = []
    add_to_dict(shared, "b", 4, notes, Settings())
    assert shared == {"log": ["b"], "b": 4}
    Settings.scale = "x"  # type: ignore[assignment]
    with pytest.raises(TypeError, match=r"settings\.scale must be an int"):
        add_to_dict(shared, "c", 1, notes, Settings())


def test_count_functions_return_positive_seconds() -> None:
    assert count_locally(10) >= 0
    assert count_with_value(CTX.Value("q", 0, lock=False), 10, use_lock=False) >= 0
    assert count_with_value(CTX.Value("q", 0), 10, use_lock=True) >= 0
    assert count_through_dict({}, 10) >= 0
    block = shared_memory.SharedMemory(create=True, size=8)
    try:
        assert count_in_shared_memory(block, 10) >= 0
        assert block.buf is not None
        assert int.from_bytes(block.buf[:8], sys.byteorder, signed=True) == 10
    finally:
        block.close()  # would raise BufferError if the cast view were still alive
        block.unlink()


def test_count_functions_reject_bad_arguments() -> None:
    with pytest.raises(ValueError, match="n must be >= 1"):
        count_locally(0)
    with pytest.raises(ValueError, match="counter must start at 0"):
        count_with_value(CTX.Value("q", 1), 5, use_lock=True)
    with pytest.raises(TypeError, match="block must be a SharedMemory"):
        count_in_shared_memory(bytearray(8), 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="shared must be a dict"):
        count_through_dict([], 1)  # type: ignore[arg-type]


def test_cost_table() -> None:
    table = cost_table({"local": 1e-8, "slow": 5e-7}, "local")
    assert table.splitlines()[1].split() == ["local", "10", "1.0x"]
    assert table.splitlines()[2].split() == ["slow", "500", "50.0x"]
    with pytest.raises(ValueError, match="no 'x' entry"):
        cost_table({"local": 1e-8}, "x")
    with pytest.raises(TypeError, match="per_update must be a dict"):
        cost_table([], "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite number > 0"):
        cost_table({"local": 0.0}, "local")


@pytest.mark.parametrize("lock", [True, False])
def test_value_cannot_be_pickled_outside_process_start(lock: bool) -> None:
    """The page says a Value reaches a child only as a start-up argument.

    Queues and pools pickle with ForkingPickler, which refuses it.
    """
    with pytest.raises(RuntimeError, match="through inheritance"):
        ForkingPickler.dumps(CTX.Value("q", 0, lock=lock))
