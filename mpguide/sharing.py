"""Workers that change shared state: a Value, shared memory, a manager's proxies.

Each function runs in a child process. It receives the shared object (a
``Value``, a manager's proxy) or the *name* of a shared memory block as an
argument, never as a global, so it works under every start method.
"""

from __future__ import annotations

from multiprocessing import shared_memory
from multiprocessing.managers import DictProxy, ListProxy, Namespace
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Barrier
from typing import Any

__all__ = ["add_to_dict", "append_to_log", "fill_block", "increment", "tally_into_list"]


def increment(
    counter: Synchronized[int], times: int, use_lock: bool, start: Barrier | None = None
) -> None:
    """Add 1 to ``counter.value`` *times* times, holding its lock or not.

    ``counter.value += 1`` reads the value, then writes the value plus one:
    two steps, and another process can write in between, so one of the two
    increments is lost. Holding ``counter.get_lock()`` makes the two steps
    one. If *start* is given, the child first waits at that barrier, so that
    all children increment at the same time.

    >>> import multiprocessing
    >>> counter = multiprocessing.get_context("spawn").Value("q", 0)
    >>> increment(counter, 3, use_lock=True)
    >>> counter.value
    3
    """
    if start is not None:
        start.wait(timeout=60)
    for _ in range(times):
        if use_lock:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1  # read, add, write: not one step


def fill_block(name: str, start: int, stop: int) -> None:
    """Attach to the block *name*; fill bytes [start, stop) with ``i * i % 256``.

    The child closes its own handle to the block when it is done, but does not
    unlink it: the block belongs to the process that created it.
    """
    block = shared_memory.SharedMemory(name=name)
    try:
        assert block.buf is not None  # None only once the block is closed
        block.buf[start:stop] = bytes(i * i % 256 for i in range(start, stop))
    finally:
        block.close()


def tally_into_list(name: str, index: int, text: str) -> None:
    """Attach to the ``ShareableList`` *name*; store ``len(text)`` at *index*.

    The list's length, and the room each item has, were fixed when it was
    created; the child can change the values, then closes its handle.
    """
    shared: shared_memory.ShareableList[int] = shared_memory.ShareableList(name=name)
    try:
        shared[index] = len(text)
    finally:
        shared.shm.close()


def add_to_dict(
    shared: DictProxy[str, Any],
    key: str,
    value: int,
    notes: ListProxy[str],
    settings: Namespace,
) -> None:
    """Store ``value * settings.scale`` under *key* in *shared*; note *key*.

    Every line is a call on a proxy: reading ``settings.scale`` asks the
    manager for it, and the manager does the storing and the appending on
    its own dict and list.
    """
    shared[key] = value * settings.scale
    notes.append(key)


def append_to_log(shared: DictProxy[str, Any], key: str) -> None:
    """Append *key* to the list ``shared["log"]``, and lose the change.

    ``shared["log"]`` returns a *copy* of the list that the manager's dict
    holds, so the append changes that copy in this process only.
    """
    shared["log"].append(key)  # lost: appends to a local copy
