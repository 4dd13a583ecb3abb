from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpguide.sync import (
    acquire_or_fail,
    append_records,
    check_records,
    consume_when,
    free_slots,
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


def test_acquire_or_fail_acquires() -> None:
    lock = CTX.Lock()
    acquire_or_fail(lock, 1)
    assert not lock.acquire(timeout=0.01)
    lock.release()


def test_acquire_or_fail_times_out() -> None:
    lock = CTX.Lock()
    lock.acquire()
    with pytest.raises(
        TimeoutError, match=r"could not acquire the gate within 0\.05 s"
    ):
        acquire_or_fail(lock, 0.05, "the gate")


@pytest.mark.parametrize(
    ("timeout", "what", "error"),
    [(0, "lock", ValueError), ("1", "lock", TypeError), (1, 3, TypeError)],
)
def test_acquire_or_fail_rejects_bad_arguments(
    timeout: object, what: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        acquire_or_fail(CTX.Lock(), timeout, what)  # type: ignore[arg-type]


@pytest.mark.parametrize("lock", [None, threading.Lock()])
def test_records_round_trip(tmp_path: Path, lock: threading.Lock | None) -> None:
    path = str(tmp_path / "r.txt")
    append_records(lock, path, 0, 3)
    append_records(lock, path, 7, 2, pieces=3)
    assert check_records(path) == ({0: 3, 7: 2}, 0)
    assert Path(path).read_text().splitlines()[0] == "worker 0 record 0: part 1 part 2"


def test_check_records_counts_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "worker 1 record 0: part 1 part 2\n"
        "worker 1 record 1: part 1worker 2 record 0:\n"
        " part 2\n"
    )
    assert check_records(str(path)) == ({1: 1}, 2)


def test_records_with_one_piece(tmp_path: Path) -> None:
    path = str(tmp_path / "r.txt")
    append_records(None, path, 2, 2, pieces=1)
    assert check_records(path, pieces=1) == ({2: 2}, 0)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((None, 1, 0, 1), TypeError),
        ((None, "p", -1, 1), ValueError),
        ((None, "p", 0, 1.5), TypeError),
        ((None, "p", 0, 1, 0), ValueError),
    ],
)
def test_append_records_rejects_bad_arguments(
    args: tuple[object, ...], error: type[Exception]
) -> None:
    with pytest.raises(error):
        append_records(*args)  # type: ignore[arg-type]


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


def test_free_slots_leaves_the_count_unchanged() -> None:
    semaphore = CTX.Semaphore(2)
    assert free_slots(semaphore) == 2
    assert free_slots(semaphore) == 2
    semaphore.acquire()
    assert free_slots(semaphore) == 1


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
    assert free_slots(semaphore) == 1


def test_limited_section_rejects_bad_rounds() -> None:
    value = CTX.Value("i", 0)
    with pytest.raises(ValueError, match="rounds"):
        use_limited_section(CTX.Semaphore(1), value, value, -1, 0)


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


def test_consume_when_rejects_zero_wanted() -> None:
    with pytest.raises(ValueError, match="wanted"):
        consume_when("c", CTX.Condition(), CTX.Value("i", 0), 0, 1)


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


def test_wait_at_barrier_rejects_bad_name() -> None:
    with pytest.raises(TypeError, match="name"):
        wait_at_barrier(1, CTX.Barrier(1), 1, CTX.Queue())  # type: ignore[arg-type]
