"""Workers for the pitfalls lessons: what a child must do to be heard.

Stdlib only. Each function runs in a child process started by an example.
"""

from __future__ import annotations

from collections.abc import Callable
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from typing import Any

__all__ = ["print_and_wait", "put_result"]


def put_result(queue: Queue[Any], function: Callable[..., Any], *args: Any) -> None:
    """Call ``function(*args)`` and put what it returns on *queue*.

    A :class:`multiprocessing.Process` ignores its target's return value;
    this wrapper sends it to the parent instead.
    """
    queue.put(function(*args))


def print_and_wait(flush: bool, printed: Event, release: Event) -> None:
    """Print one line (flushed or not), set *printed*, wait for *release*.

    The parent prints its own line between the two events, so the order of
    the two lines in a pipe shows when the child's line really left it.
    """
    print("child: this line was printed first", flush=flush)
    printed.set()
    release.wait(timeout=60)
