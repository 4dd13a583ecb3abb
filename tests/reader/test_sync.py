from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpguide.sync import (
    append_records,
    consume_when,
    nested_acquire,
    pass_gate,
    release_extra,
    run_phases,
    use_limited_section,
    wait_at_barrier,
)

CTX = multiprocessing.get_context("spawn")


@pytest.fixture(autouse=True)
def _collect_primitives() -> Iterator[None]:
    """Free this test's locks and semaphores before the next test starts.

    Several primitives here sit in reference cycles (a Queue's, a Barrier's),
    so only the cyclic garbage collector frees them, at a moment of its
    choosing. Each one then tells the resource tracker; if that moment falls
    inside another test's own call into the tracker (Python 3.12 checks for
    this), the tracker refuses the reentrant call and that test fails.
    """
    yield
    gc.collect()


@pytest.mark.parametrize("locked", [False, True])
def test_append_records(tmp_path: Path, locked: bool) -> None:
    lock = CTX.Lock() if locked else None
    path = str(tmp_path / "r.txt")
    append_records(lock, path, 0, 2)
    append_records(lock, path, 7, 1)
    assert Path(path).read_text().splitlines() == [
        "worker 0 record 0: part 1 part 2",
        "worker 0 record 1: part 1 part 2",
        "worker 7 record 0: part 1 part 2",
    ]
    if lock is not None:
        assert lock.acquire(timeout=0.05)  # released after every record


def test_append_records_times_out_on_a_taken_lock(tmp_path: Path) -> None:
    lock = CTX.Lock()
    lock.acquire()
    with pytest.raises(TimeoutError, match="worker 3: the lock stayed taken"):
        append_records(lock, str(tmp_path / "r.txt"), 3, 1, timeout=0.05)


def test_nested_acquire_rlock_and_lock() -> None:
    results = CTX.Queue()
    nested_acquire(CTX.RLock(), 0.05, results)
    nested_acquire(CTX.Lock(), 0.05, results)
    assert results.get(timeout=10) == ("RLock", True, True)
    assert results.get(timeout=10) == ("Lock", True, False)


def test_nested_acquire_releases_everything() -> None:
    lock = CTX.RLock()
    nested_acquire(lock, 0.05, CTX.Queue())
    assert lock.acquire(timeout=0.05)
    lock.release()


def test_release_extra() -> None:
    outcomes = CTX.Queue()
    release_extra(CTX.Semaphore(2), outcomes)
    release_extra(CTX.BoundedSemaphore(2), outcomes)
    assert outcomes.get(timeout=10) == ("Semaphore", "accepted, 3 slots free now")
    kind, outcome = outcomes.get(timeout=10)
    assert kind == "BoundedSemaphore"
    assert outcome.startswith("ValueError: ")


def test_limited_section_counts_and_restores() -> None:
    inside = CTX.Value("i", 0)
    peak = CTX.Value("i", 0)
    semaphore = CTX.Semaphore(1)
    use_limited_section(semaphore, inside, peak, 3, 0)
    assert (inside.value, peak.value) == (0, 1)
    assert semaphore.acquire(block=False)  # the slot was given back


def test_pass_gate_open(capsys: pytest.CaptureFixture[str]) -> None:
    gate = CTX.Event()
    gate.set()
    ready = CTX.Queue()
    pass_gate("w", gate, ready, 1)
    assert ready.get(timeout=10) == "w"
    assert capsys.readouterr().out == "w: waiting at the gate\nw: through the gate\n"


def test_pass_gate_times_out() -> None:
    with pytest.raises(TimeoutError, match=r"w: the gate stayed shut for 0\.05 s"):
        pass_gate("w", CTX.Event(), CTX.Queue(), 0.05)


def test_consume_when_satisfied_without_notify(
    capsys: pytest.CaptureFixture[str],
) -> None:
    condition = CTX.Condition()
    produced = CTX.Value("i", 2, lock=False)
    consume_when("c", condition, produced, 2, 1)
    assert capsys.readouterr().out == "c: wanted 2, saw 2\n"
    assert condition.acquire(timeout=0.05)  # the lock was released
    condition.release()


def test_consume_when_gives_up(capsys: pytest.CaptureFixture[str]) -> None:
    produced = CTX.Value("i", 0, lock=False)
    consume_when("c", CTX.Condition(), produced, 1, 0.05)
    assert capsys.readouterr().out == "c: wanted 1, gave up after 0.05 s with 0\n"


def test_consume_when_wakes_on_notify(capsys: pytest.CaptureFixture[str]) -> None:
    condition = CTX.Condition()
    produced = CTX.Value("i", 0, lock=False)

    def produce() -> None:
        with condition:
            produced.value = 1
            condition.notify_all()

    thread = threading.Thread(target=produce)
    thread.start()
    consume_when("c", condition, produced, 1, 30)
    thread.join(timeout=30)
    assert capsys.readouterr().out == "c: wanted 1, saw 1\n"


def test_run_phases_single_party(capsys: pytest.CaptureFixture[str]) -> None:
    run_phases("w", CTX.Barrier(1), 0, 1)
    assert capsys.readouterr().out.splitlines() == [
        "w: phase 1 done",
        "w: everyone is through the barrier",
        "w: phase 2 starts",
    ]


def test_run_phases_times_out_as_broken_barrier() -> None:
    with pytest.raises(threading.BrokenBarrierError):
        run_phases("w", CTX.Barrier(2), 0, 0.05)


def test_wait_at_barrier_outcomes() -> None:
    outcomes = CTX.Queue()
    wait_at_barrier("a", CTX.Barrier(1), 1, outcomes)
    wait_at_barrier("b", CTX.Barrier(2), 0.05, outcomes)
    barrier = CTX.Barrier(2)
    wait_at_barrier("c", barrier, 1, outcomes, abort=True)
    wait_at_barrier("d", barrier, 1, outcomes)  # a later wait fails at once
    got = [outcomes.get(timeout=10) for _ in range(4)]
    assert got == [
        ("a", "passed"),
        ("b", "BrokenBarrierError"),
        ("c", "aborted it"),
        ("d", "BrokenBarrierError"),
    ]
    assert barrier.broken
