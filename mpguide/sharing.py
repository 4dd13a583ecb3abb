"""Workers and helpers for the "Sharing state" examples.

Every function that runs in a child receives the shared object (a ``Value``,
a proxy, a barrier) or the *name* of a shared memory block as an argument,
never as a global, so it works under every start method. Every child that
attaches to a shared memory block closes it before returning; only the
process that created a block unlinks it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, MutableMapping
from multiprocessing import shared_memory
from multiprocessing.synchronize import Barrier
from typing import Any, Protocol

from mpguide.checks import check_int, check_seconds, check_str

__all__ = [
    "WAIT_SECONDS",
    "SharedCounter",
    "add_to_dict",
    "cost_table",
    "count_in_shared_memory",
    "count_locally",
    "count_through_dict",
    "count_with_value",
    "fill_block",
    "increment",
    "tally_into_list",
]

#: How long a child waits for its partners before giving up.
WAIT_SECONDS = 60.0


class SharedCounter(Protocol):
    """What :func:`increment` needs: a ``value`` attribute holding an int."""

    value: int


def _check_counter(counter: object) -> None:
    if not hasattr(counter, "value"):
        raise TypeError(
            f"counter must be a multiprocessing Value, not {type(counter).__name__}"
        )


# --- The lost-update race ----------------------------------------------------


def increment(
    counter: SharedCounter,
    times: int,
    use_lock: bool,
    start: Barrier | None = None,
) -> None:
    """Add 1 to ``counter.value`` *times* times, under its lock or not.

    ``counter.value += 1`` reads the value, adds one and writes it back: two
    separate steps. Without the lock, another process can write in between,
    and one of the two increments is lost. With *use_lock*, each increment
    holds ``counter.get_lock()`` for both steps. If *start* is given, every
    child waits on that barrier first, so that all of them run at once instead
    of one finishing before the next has started.

    >>> import multiprocessing
    >>> counter = multiprocessing.get_context("spawn").Value("q", 0)
    >>> increment(counter, 3, use_lock=True)
    >>> counter.value
    3
    """
    _check_counter(counter)
    times = check_int("times", times)
    if not isinstance(use_lock, bool):
        raise TypeError(f"use_lock must be a bool, not {type(use_lock).__name__}")
    if start is not None:
        start.wait(timeout=WAIT_SECONDS)
    if use_lock:
        get_lock: Callable[[], Any] = counter.get_lock  # type: ignore[attr-defined]
        for _ in range(times):
            with get_lock():
                counter.value += 1
    else:
        for _ in range(times):
            counter.value += 1  # read, add, write: not atomic


# --- Shared memory -----------------------------------------------------------


def _buffer(block: shared_memory.SharedMemory) -> memoryview:
    """The block's bytes; a closed block has none."""
    buffer = block.buf
    if buffer is None:
        raise ValueError(f"shared memory block {block.name!r} is closed")
    return buffer


def fill_block(name: str, start: int, stop: int) -> None:
    """Attach to the shared memory block *name*; store ``i * i`` at bytes [start, stop).

    Each byte holds ``(i * i) % 256``. The child closes its own handle to the
    block before returning (``finally``), but does not unlink it: the block
    belongs to the process that created it.
    """
    name = check_str("name", name)
    start = check_int("start", start)
    stop = check_int("stop", stop)
    if stop < start:
        raise ValueError(f"stop must be >= start, got {start=} {stop=}")
    block = shared_memory.SharedMemory(name=name)
    try:
        if stop > block.size:
            raise ValueError(
                f"stop={stop} is past the end of a {block.size}-byte block"
            )
        _buffer(block)[start:stop] = bytes((i * i) % 256 for i in range(start, stop))
    finally:
        block.close()


def tally_into_list(name: str, index: int, text: str) -> None:
    """Attach to the ``ShareableList`` *name*; store ``len(text)`` at *index*.

    The list's length and each slot's storage were fixed when it was created;
    the child can change the values, and closes its handle when done.
    """
    name = check_str("name", name)
    index = check_int("index", index)
    text = check_str("text", text)
    shared: shared_memory.ShareableList[Any] = shared_memory.ShareableList(name=name)
    try:
        if index >= len(shared):
            raise ValueError(f"index {index} out of range for {len(shared)} items")
        shared[index] = len(text)
    finally:
        shared.shm.close()


# --- Manager proxies ---------------------------------------------------------


def add_to_dict(
    shared: MutableMapping[str, Any], key: str, value: int, notes: Any, settings: Any
) -> None:
    """Store ``value * settings.scale`` under *key* in a dict proxy, and more.

    *settings* is a ``Namespace`` proxy: reading ``settings.scale`` asks the
    manager. ``shared["log"].append(key)`` fetches a *copy* of the nested list
    from the manager and appends to that copy, so the manager never sees it.
    ``notes.append(key)`` is a method call on the manager's own list, so it
    does.
    """
    key = check_str("key", key)
    value = check_int("value", value, minimum=None)
    scale = check_int("settings.scale", settings.scale, minimum=None)
    shared[key] = value * scale
    shared["log"].append(key)  # lost: appends to a local copy
    notes.append(key)  # kept: a call on the manager's own list


# --- Cost of one update ------------------------------------------------------
#
# Each function makes *n* updates through one mechanism, in the calling
# process, and returns the seconds they took. They are separate functions, not
# one with a switch inside the loop, so that each loop times only its mechanism.


def count_locally(n: int) -> float:
    """Seconds for *n* ``total += 1`` on a plain local int: the baseline."""
    n = check_int("n", n, minimum=1)
    total = 0
    begin = time.perf_counter()
    for _ in range(n):
        total += 1
    seconds = time.perf_counter() - begin
    if total != n:  # pragma: no cover - arithmetic
        raise AssertionError(total)
    return seconds


def count_with_value(counter: SharedCounter, n: int, use_lock: bool) -> float:
    """Seconds for *n* increments of a shared ``Value``, with its lock held or not.

    The counter must start at 0 and is checked at the end: in a single process
    no update can be lost.
    """
    _check_counter(counter)
    n = check_int("n", n, minimum=1)
    begin = time.perf_counter()
    increment(counter, n, use_lock)
    seconds = time.perf_counter() - begin
    if counter.value != n:
        raise ValueError(f"counter must start at 0: ended at {counter.value}")
    return seconds


def count_in_shared_memory(block: shared_memory.SharedMemory, n: int) -> float:
    """Seconds for *n* increments of a 64-bit int at the start of *block*.

    The block's bytes are viewed as signed 64-bit integers. The view is
    released before returning: ``close()`` refuses to run while a view of the
    buffer still exists.
    """
    if not isinstance(block, shared_memory.SharedMemory):
        raise TypeError(f"block must be a SharedMemory, not {type(block).__name__}")
    n = check_int("n", n, minimum=1)
    numbers = _buffer(block).cast("q")
    try:
        numbers[0] = 0
        begin = time.perf_counter()
        for _ in range(n):
            numbers[0] += 1
        seconds = time.perf_counter() - begin
        if numbers[0] != n:  # pragma: no cover - single process
            raise AssertionError(numbers[0])
    finally:
        numbers.release()
    return seconds


def count_through_dict(shared: MutableMapping[str, int], n: int) -> float:
    """Seconds for *n* ``shared["total"] += 1`` on a dict (a manager proxy).

    Through a proxy each ``+= 1`` is two round trips to the manager process:
    one to read the value, one to write it back.
    """
    if not isinstance(shared, MutableMapping) and not hasattr(shared, "_callmethod"):
        raise TypeError(f"shared must be a dict or proxy, not {type(shared).__name__}")
    n = check_int("n", n, minimum=1)
    shared["total"] = 0
    begin = time.perf_counter()
    for _ in range(n):
        shared["total"] += 1
    seconds = time.perf_counter() - begin
    if shared["total"] != n:  # pragma: no cover - single process
        raise AssertionError(shared["total"])
    return seconds


def cost_table(per_update: dict[str, float], baseline: str) -> str:
    """Format seconds per update as a table, with ratios to *baseline*.

    >>> print(cost_table({"local int": 2e-8, "Manager dict": 4e-5}, "local int"))
    mechanism                     ns/update   vs local int
    local int                            20           1.0x
    Manager dict                     40,000       2,000.0x
    """
    if not isinstance(per_update, dict):
        raise TypeError(f"per_update must be a dict, not {type(per_update).__name__}")
    if baseline not in per_update:
        raise ValueError(f"no {baseline!r} entry in {sorted(per_update)}")
    for label, seconds in per_update.items():
        check_seconds(f"per_update[{label!r}]", seconds)
    base = per_update[baseline]
    versus = f"vs {baseline}"
    lines = [f"{'mechanism':<26}  {'ns/update':>11}  {versus:>13}"]
    for label, seconds in per_update.items():
        lines.append(f"{label:<26}  {seconds * 1e9:>11,.0f}  {seconds / base:>12,.1f}x")
    return "\n".join(lines)
