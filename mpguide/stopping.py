"""Workers for stopping early: tasks that give up when a stop event is set.

A task handed to a worker process cannot be taken back, so a long task that
may become useless should look at a shared event now and then and return
early once it is set. Here the "work" is simulated by waiting on that event
with a timeout, which is the same as checking it between steps of real work.
"""

from __future__ import annotations

import time
from typing import Protocol


class Event(Protocol):
    """What a task needs from a stop event: any Event, or a manager's proxy."""

    def wait(self, timeout: float | None = None) -> bool: ...


__all__ = ["check_item", "init_stop", "search"]

# Set in each worker process by init_stop(), the pool's initializer.
_stop: Event | None = None


def init_stop(stop: Event) -> None:
    """Pool initializer: keep the stop event for every task this worker runs.

    An event made by a context (``ctx.Event()``) cannot be passed to
    ``submit()``, but it can be handed to each worker when it starts.
    """
    global _stop  # noqa: PLW0603 - per-process state on purpose
    _stop = stop


def search(task: int, seconds: float) -> int | None:
    """Work for *seconds*, then return *task*; return None if told to stop first.

    >>> import threading; init_stop(threading.Event()); search(3, 0.01)
    3
    """
    if _stop is None:
        raise RuntimeError("init_stop() has not run in this process")
    return None if _stop.wait(timeout=seconds) else task


def check_item(item: int, bad: int, seconds: float) -> int:
    """Check *item*, which takes *seconds*; item *bad* fails at once.

    >>> check_item(2, bad=5, seconds=0)
    2
    """
    if item == bad:
        raise ValueError(f"item {item} is malformed")
    time.sleep(seconds)  # stands for real work
    return item
