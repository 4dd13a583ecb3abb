"""Workers for the synchronisation examples: locks, semaphores, events, barriers.

Every primitive reaches a child as an argument (never as a global), so these
work under every start method. Every wait has a timeout: a wait that runs out
raises :class:`TimeoutError` (or returns False where that is the point), so a
lost partner shows up as an error instead of a hang.
"""

from __future__ import annotations

import os
import re
import threading
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Barrier, Condition, Event, Semaphore
from pathlib import Path
from typing import Protocol

from mpguide.checks import check_int, check_seconds, check_str
from mpguide.workers import wait_for_io

__all__ = [
    "WAIT_SECONDS",
    "Acquirable",
    "acquire_or_fail",
    "append_records",
    "check_records",
    "consume_when",
    "free_slots",
    "nested_acquire",
    "pass_gate",
    "release_extra",
    "run_phases",
    "use_limited_section",
    "wait_at_barrier",
]

#: How long a child waits for a partner before giving up. Generous: only a bug
#: (or a dead partner) ever makes a wait this long.
WAIT_SECONDS = 60.0


class Acquirable(Protocol):
    """What every lock and semaphore offers (multiprocessing or threading)."""

    def acquire(self, block: bool = ..., timeout: float | None = ...) -> bool: ...
    def release(self) -> None: ...


def acquire_or_fail(lock: Acquirable, timeout: float, what: str = "lock") -> None:
    """Acquire *lock* within *timeout* seconds or raise :class:`TimeoutError`.

    ``with lock:`` waits forever; this is the bounded version of its first
    half. The caller releases the lock in a ``finally`` block.

    >>> lock = threading.Lock()
    >>> acquire_or_fail(lock, 1)
    >>> acquire_or_fail(lock, 0.01, "the lock")
    Traceback (most recent call last):
      ...
    TimeoutError: could not acquire the lock within 0.01 s
    """
    timeout = check_seconds("timeout", timeout)
    check_str("what", what)
    if not lock.acquire(timeout=timeout):
        raise TimeoutError(f"could not acquire {what} within {timeout:g} s")


# --- Lock: whole records in one file ----------------------------------------


def append_records(
    lock: Acquirable | None, path: str, worker: int, count: int, pieces: int = 3
) -> None:
    """Append *count* records to the file *path*, each in *pieces* writes.

    A record is one line, ``worker W record R: ...``. Writing it in several
    ``os.write`` calls leaves room for another process's writes in between;
    holding *lock* around the whole record closes that gap. Pass ``None`` for
    no lock.
    """
    check_str("path", path)
    worker = check_int("worker", worker)
    count = check_int("count", count)
    pieces = check_int("pieces", pieces, minimum=1)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        for record in range(count):
            parts = [f"worker {worker} record {record}:"]
            parts += [f" part {n}" for n in range(1, pieces)]
            parts[-1] += "\n"
            if lock is not None:
                acquire_or_fail(lock, WAIT_SECONDS)
            try:
                for part in parts:
                    os.write(fd, part.encode())
            finally:
                if lock is not None:
                    lock.release()
    finally:
        os.close(fd)


def check_records(path: str, pieces: int = 3) -> tuple[dict[int, int], int]:
    """Read a file written by :func:`append_records`.

    Returns ``({worker: whole records}, broken lines)``. A line is whole when
    it is exactly one record: its own prefix followed by all its parts.
    """
    check_str("path", path)
    pieces = check_int("pieces", pieces, minimum=1)
    tail = "".join(f" part {n}" for n in range(1, pieces))
    record = re.compile(rf"worker (\d+) record \d+:{tail}")
    whole: dict[int, int] = {}
    broken = 0
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = record.fullmatch(line)
        if match:
            worker = int(match[1])
            whole[worker] = whole.get(worker, 0) + 1
        else:
            broken += 1
    return whole, broken


# --- RLock: the same process acquires again ---------------------------------


def nested_acquire(
    lock: Acquirable, timeout: float, results: Queue[tuple[str, bool, bool]]
) -> None:
    """Acquire *lock*, then try again while holding it; report both results.

    Puts ``(lock type name, outer acquired, inner acquired)`` on *results*.
    An ``RLock`` lets its owner in again; a plain ``Lock`` does not, even for
    the process that holds it, so the inner attempt times out and returns
    False (without the timeout, it would wait forever).
    """
    timeout = check_seconds("timeout", timeout)
    outer = lock.acquire(timeout=timeout)
    inner = False
    try:
        inner = lock.acquire(timeout=timeout)
        if inner:
            lock.release()
    finally:
        if outer:
            lock.release()
    results.put((type(lock).__name__, outer, inner))


# --- Semaphore: at most K inside --------------------------------------------


def use_limited_section(
    semaphore: Semaphore,
    inside: Synchronized[int],
    peak: Synchronized[int],
    rounds: int,
    seconds: float,
) -> None:
    """Enter the section guarded by *semaphore* *rounds* times.

    Inside, the shared counter *inside* counts the processes in the section
    and *peak* keeps its highest value (both under *inside*'s lock); the work
    itself is a simulated I/O wait of *seconds*.
    """
    rounds = check_int("rounds", rounds)
    seconds = check_seconds("seconds", seconds, allow_zero=True)
    for _ in range(rounds):
        acquire_or_fail(semaphore, WAIT_SECONDS, "the semaphore")
        try:
            with inside.get_lock():
                inside.value += 1
                peak.value = max(peak.value, inside.value)
            wait_for_io(seconds)  # the rate-limited work
            with inside.get_lock():
                inside.value -= 1
        finally:
            semaphore.release()


def free_slots(semaphore: Acquirable) -> int:
    """How many times *semaphore* can be acquired right now, without waiting.

    Counts by acquiring without blocking until that fails, then gives every
    slot back. ``get_value()`` would say the same, but it raises
    ``NotImplementedError`` on macOS.

    >>> free_slots(threading.Semaphore(3))
    3
    """
    taken = 0
    while semaphore.acquire(False):
        taken += 1
    for _ in range(taken):
        semaphore.release()
    return taken


def release_extra(semaphore: Semaphore, outcomes: Queue[tuple[str, str]]) -> None:
    """Acquire and release *semaphore* once, then release it once more.

    Puts ``(type name, what the extra release did)`` on *outcomes*: the
    exception it raised, or how many slots are free afterwards.
    """
    kind = type(semaphore).__name__
    acquire_or_fail(semaphore, WAIT_SECONDS, "the semaphore")
    semaphore.release()
    try:
        semaphore.release()  # one more than was acquired
    except ValueError as error:
        outcomes.put((kind, f"ValueError: {error}"))
    else:
        outcomes.put((kind, f"accepted, {free_slots(semaphore)} slots free now"))


# --- Event: a start gate -----------------------------------------------------


def pass_gate(name: str, gate: Event, ready: Queue[str], timeout: float) -> None:
    """Report ready on *ready*, wait for *gate* (at most *timeout* s), go.

    Prints one line before waiting and one after passing the gate.
    """
    check_str("name", name)
    timeout = check_seconds("timeout", timeout)
    print(f"{name}: waiting at the gate", flush=True)
    ready.put(name)
    if not gate.wait(timeout):
        raise TimeoutError(f"{name}: the gate stayed shut for {timeout:g} s")
    print(f"{name}: through the gate", flush=True)


# --- Condition: wait until enough is there -----------------------------------


def consume_when(
    name: str,
    condition: Condition,
    produced: Synchronized[int],
    wanted: int,
    timeout: float,
) -> None:
    """Wait until *produced* reaches *wanted*, then print what was seen.

    ``wait_for`` checks its predicate first, with the condition's lock held,
    so it does not matter whether the producer notified before this process
    started waiting. It returns False when *timeout* runs out first.
    """
    check_str("name", name)
    wanted = check_int("wanted", wanted, minimum=1)
    timeout = check_seconds("timeout", timeout)
    acquire_or_fail(condition, WAIT_SECONDS, "the condition's lock")
    try:
        ready = condition.wait_for(lambda: produced.value >= wanted, timeout)
        if ready:
            print(f"{name}: wanted {wanted}, saw {produced.value}", flush=True)
        else:
            print(
                f"{name}: wanted {wanted}, gave up after {timeout:g} s "
                f"with {produced.value}",
                flush=True,
            )
    finally:
        condition.release()


# --- Barrier: phases ---------------------------------------------------------


def run_phases(name: str, barrier: Barrier, seconds: float, timeout: float) -> None:
    """Do phase 1, wait at *barrier*, then do phase 2, printing as it goes.

    *seconds* is the simulated work of phase 1, so workers finish it at
    different times; nobody prints a phase-2 line before every party has
    printed its phase-1 line and reached the barrier.
    """
    check_str("name", name)
    seconds = check_seconds("seconds", seconds, allow_zero=True)
    timeout = check_seconds("timeout", timeout)
    wait_for_io(seconds)
    print(f"{name}: phase 1 done", flush=True)
    arrival = barrier.wait(timeout)
    if arrival == 0:  # exactly one party gets 0
        print(f"{name}: everyone is through the barrier", flush=True)
    print(f"{name}: phase 2 starts", flush=True)


def wait_at_barrier(
    name: str,
    barrier: Barrier,
    timeout: float,
    outcomes: Queue[tuple[str, str]],
    abort: bool = False,
) -> None:
    """Wait at *barrier* (or, with *abort*, break it); report what happened.

    Puts ``(name, outcome)`` on *outcomes*: ``"passed"``, ``"aborted it"`` or
    the name of the exception ``wait`` raised (``BrokenBarrierError``).
    """
    check_str("name", name)
    timeout = check_seconds("timeout", timeout)
    if abort:
        barrier.abort()  # e.g. this worker failed and will never arrive
        outcomes.put((name, "aborted it"))
        return
    try:
        barrier.wait(timeout)
    except threading.BrokenBarrierError as error:
        outcomes.put((name, type(error).__name__))
    else:
        outcomes.put((name, "passed"))
