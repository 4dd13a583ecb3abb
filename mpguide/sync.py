"""Workers that synchronise: locks, semaphores, events, conditions, barriers.

Each function runs in a child process and receives its primitive as an
argument, never as a global, so it works under every start method. Every wait
has a timeout: a partner that died shows up as an error instead of a hang.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import (
    Barrier,
    Condition,
    Event,
    Lock,
    RLock,
    Semaphore,
)

__all__ = [
    "append_records",
    "consume_when",
    "nested_acquire",
    "pass_gate",
    "release_extra",
    "run_phases",
    "use_limited_section",
    "wait_at_barrier",
]


def append_records(
    lock: Lock | None, path: str, worker: int, count: int, timeout: float = 60
) -> None:
    """Append *count* one-line records to the file *path*, each in three writes.

    Another process can write between two ``os.write`` calls and break the
    line; holding *lock* around the three writes of a record keeps it whole.
    ``with lock:`` would wait forever for a lock that a dead process holds,
    so the lock is acquired with a *timeout* and released in ``finally``.
    Pass ``None`` to write without a lock.
    """
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        for record in range(count):
            pieces = [f"worker {worker} record {record}:", " part 1", " part 2\n"]
            if lock is not None and not lock.acquire(timeout=timeout):
                raise TimeoutError(f"worker {worker}: the lock stayed taken")
            try:
                for piece in pieces:
                    os.write(fd, piece.encode())
            finally:
                if lock is not None:
                    lock.release()
    finally:
        os.close(fd)


def nested_acquire(
    lock: Lock | RLock, timeout: float, results: Queue[tuple[str, bool, bool]]
) -> None:
    """Acquire *lock*, then again while holding it; report both results.

    Puts ``(type name, first acquired, second acquired)`` on *results*. An
    ``RLock`` lets the process that holds it in again; a plain ``Lock`` does
    not, so the second try waits out *timeout* and returns False (with no
    timeout, it would wait forever).
    """
    first = lock.acquire(timeout=timeout)
    second = lock.acquire(timeout=timeout)
    if second:
        lock.release()
    if first:
        lock.release()
    results.put((type(lock).__name__, first, second))


def use_limited_section(
    semaphore: Semaphore,
    inside: Synchronized[int],
    peak: Synchronized[int],
    rounds: int,
    seconds: float,
) -> None:
    """Enter the section that *semaphore* guards *rounds* times.

    Inside, the process counts itself in *inside* and keeps the highest count
    in *peak*; the work itself is a pause of *seconds*, standing in for a
    download or a database query.
    """
    for _ in range(rounds):
        if not semaphore.acquire(timeout=60):
            raise TimeoutError("no slot came free in 60 s")
        try:
            with inside.get_lock():
                inside.value += 1
                peak.value = max(peak.value, inside.value)
            time.sleep(seconds)  # the rate-limited work
            with inside.get_lock():
                inside.value -= 1
        finally:
            semaphore.release()


def release_extra(semaphore: Semaphore, outcomes: Queue[tuple[str, str]]) -> None:
    """Acquire and release *semaphore*, then release it once more.

    Puts ``(type name, what the extra release did)`` on *outcomes*: the
    error it raised, or how many slots are free afterwards. The free slots
    are counted by taking them without waiting, because ``get_value()``
    raises ``NotImplementedError`` on macOS.
    """
    kind = type(semaphore).__name__
    if not semaphore.acquire(timeout=60):
        raise TimeoutError(f"{kind}: no slot came free in 60 s")
    semaphore.release()
    try:
        semaphore.release()  # one more than was acquired
    except ValueError as error:
        outcomes.put((kind, f"ValueError: {error}"))
        return
    free = 0
    while semaphore.acquire(block=False):
        free += 1
    outcomes.put((kind, f"accepted, {free} slots free now"))


def pass_gate(name: str, gate: Event, ready: Queue[str], timeout: float) -> None:
    """Say ready on *ready*, wait for *gate* to open, then go through.

    Prints one line before it waits and one after it passes. If the gate
    stays shut for *timeout* seconds, raises :class:`TimeoutError`.
    """
    print(f"{name}: waiting at the gate", flush=True)
    ready.put(name)
    if not gate.wait(timeout):
        raise TimeoutError(f"{name}: the gate stayed shut for {timeout:g} s")
    print(f"{name}: through the gate", flush=True)


def consume_when(
    name: str,
    condition: Condition,
    produced: ctypes.c_int,
    wanted: int,
    timeout: float,
) -> None:
    """Wait until *produced* reaches *wanted*, then print what was seen.

    *produced* is a ``Value`` made with ``lock=False``: the condition's lock
    guards it. ``wait_for`` tests its predicate before it sleeps, so it does
    not matter whether the producer notified before this process started
    waiting. It returns False if *timeout* runs out first.
    """
    if not condition.acquire(timeout=60):
        raise TimeoutError(f"{name}: the condition's lock stayed taken")
    try:
        if condition.wait_for(lambda: produced.value >= wanted, timeout):
            print(f"{name}: wanted {wanted}, saw {produced.value}", flush=True)
        else:
            print(
                f"{name}: wanted {wanted}, gave up after {timeout:g} s "
                f"with {produced.value}",
                flush=True,
            )
    finally:
        condition.release()


def run_phases(name: str, barrier: Barrier, seconds: float, timeout: float) -> None:
    """Do phase 1 (a pause of *seconds*), wait at *barrier*, then start phase 2.

    Nobody prints a phase-2 line before every party has printed its phase-1
    line and reached the barrier. If they have not all come within *timeout*
    seconds, ``wait`` raises ``BrokenBarrierError``.
    """
    time.sleep(seconds)  # phase 1: takes a different time in each worker
    print(f"{name}: phase 1 done", flush=True)
    if barrier.wait(timeout) == 0:  # exactly one party gets 0
        print(f"{name}: everyone is through the barrier", flush=True)
    print(f"{name}: phase 2 starts", flush=True)


def wait_at_barrier(
    name: str,
    barrier: Barrier,
    timeout: float,
    outcomes: Queue[tuple[str, str]],
    abort: bool = False,
) -> None:
    """Wait at *barrier*, or with *abort* break it; report on *outcomes*.

    Puts ``(name, outcome)``: ``"passed"``, ``"aborted it"``, or
    ``"BrokenBarrierError"`` when the wait timed out or another party
    aborted.
    """
    if abort:
        barrier.abort()  # as a worker that failed, and will never arrive, would
        outcomes.put((name, "aborted it"))
        return
    try:
        barrier.wait(timeout)
    except threading.BrokenBarrierError:
        outcomes.put((name, "BrokenBarrierError"))
    else:
        outcomes.put((name, "passed"))
