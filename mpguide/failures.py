"""Workers for the "When things go wrong" page: failing, dying, interrupted, logging.

Everything here runs inside child processes, so it lives in an importable
module: under *spawn* and *forkserver* a child imports each function by name.
"""

from __future__ import annotations

import logging
import logging.handlers
import multiprocessing.connection
import os
import signal
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn, Protocol

from mpguide.checks import check_int, check_seconds, check_str
from mpguide.workers import wait_for_io

__all__ = [
    "announce_then_work",
    "count_ended",
    "ignore_sigint",
    "init_ctrl_c_worker",
    "kill_self",
    "log_to_queue",
    "logged_task",
    "parse_record",
    "sigint_ignored",
]


# --- An ordinary exception, two frames deep -------------------------------------


def parse_record(text: str) -> int:
    """Turn one text record into an int; ``ValueError`` for a bad record.

    The error comes from :func:`int` itself, one call below this function, so
    a worker's traceback has a little depth to show.

    >>> parse_record(" 42 ")
    42
    >>> parse_record("seven")
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'seven'
    """
    check_str("text", text)
    return _to_int(text.strip())


def _to_int(text: str) -> int:
    return int(text)


# --- A worker killed by a signal ------------------------------------------------


def kill_self(signum: int) -> NoReturn:
    """Send signal *signum* to this very process, as ``kill`` from outside would.

    With ``SIGKILL`` the process dies at once, like a worker the kernel's
    out-of-memory killer picks. If the signal is caught or ignored and the
    process survives, :class:`RuntimeError` says so.
    """
    signum = check_int("signum", signum, minimum=1)
    if signum not in signal.valid_signals():
        raise ValueError(f"signum must be a valid signal number, got {signum}")
    os.kill(os.getpid(), signum)
    # SIGKILL never gets here; a caught or ignored signal does.
    raise RuntimeError(f"process {os.getpid()} survived signal {signum}")


# --- Ctrl-C in a pool -----------------------------------------------------------


class _Event(Protocol):
    def set(self) -> None: ...


_started: _Event | None = None


def ignore_sigint() -> None:
    """Pool initializer: make this worker ignore ``SIGINT`` (POSIX Ctrl-C).

    A terminal sends Ctrl-C's ``SIGINT`` to every process in the foreground
    process group, pool workers included. Ignoring it in the workers leaves
    the parent alone to handle it: the parent stops the pool in order, and the
    workers do not each print a ``KeyboardInterrupt`` traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ignore ``SIGINT`` in this process inside the ``with`` block (main thread only).

    Child processes started inside the block start out ignoring ``SIGINT``
    too: a forked child inherits the setting, a spawned one keeps it across
    ``exec``, and a fork server started inside the block passes it on. That
    closes the window between a worker's start and its initializer, in which
    a Ctrl-C would still kill it.
    """
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def init_ctrl_c_worker(started: _Event, ignore: bool = True) -> None:
    """Pool initializer: remember *started*; ignore ``SIGINT`` unless *ignore* is False.

    *started* must reach the worker through ``initargs`` (synchronisation
    objects cannot travel as task arguments). :func:`announce_then_work` sets
    it, so the parent knows that work is under way without guessing.
    """
    global _started  # noqa: PLW0603 - per-process state on purpose
    if not callable(getattr(started, "set", None)):
        raise TypeError(f"started must be an Event, not {type(started).__name__}")
    if not isinstance(ignore, bool):
        raise TypeError(f"ignore must be a bool, not {type(ignore).__name__}")
    _started = started
    if ignore:
        ignore_sigint()


def announce_then_work(seconds: float) -> float:
    """Set the initializer's *started* event, then work for *seconds*.

    Returns *seconds*. Raises :class:`RuntimeError` when the worker was not
    set up with :func:`init_ctrl_c_worker`.
    """
    check_seconds("seconds", seconds, allow_zero=True)
    if _started is None:
        raise RuntimeError(
            "announce_then_work needs the init_ctrl_c_worker initializer"
        )
    _started.set()
    return wait_for_io(seconds)


class _HasSentinel(Protocol):
    @property
    def sentinel(self) -> int: ...


def count_ended(processes: Sequence[_HasSentinel], timeout: float) -> int:
    """Wait up to *timeout* seconds for *processes* to end; return how many did.

    Watches each process's ``sentinel`` (readable once the process has
    ended) rather than calling ``join()``, so it is safe on processes that
    something else, such as a pool, also joins.
    """
    check_seconds("timeout", timeout, allow_zero=True)
    pending = {process.sentinel for process in processes}
    deadline = time.monotonic() + timeout
    while pending:
        left = deadline - time.monotonic()
        ready = multiprocessing.connection.wait(list(pending), max(left, 0))
        if not ready:
            break
        pending.difference_update(ready)
    return len(processes) - len(pending)


# --- Logging from workers -------------------------------------------------------


class _Queue(Protocol):
    def put_nowait(self, item: logging.LogRecord, /) -> None: ...


def log_to_queue(queue: _Queue, level: int = logging.INFO) -> None:
    """Pool initializer: send this worker's log records to *queue*.

    The root logger's handlers are *replaced* by one
    :class:`logging.handlers.QueueHandler`: under *fork* a worker inherits the
    parent's handlers, and keeping them would write every record twice, or
    from two processes into one file.
    """
    if not callable(getattr(queue, "put_nowait", None)):
        raise TypeError(f"queue must be a queue, not {type(queue).__name__}")
    level = check_int("level", level)
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(queue))  # type: ignore[arg-type]
    root.setLevel(level)


def logged_task(item: int) -> int:
    """Square *item*, logging as it goes (a warning for negative input).

    >>> logged_task(-3)
    9
    """
    item = check_int("item", item, minimum=None)
    log = logging.getLogger("mpguide.task")
    if item < 0:
        log.warning("item %d is negative; squaring anyway", item)
    result = item * item
    log.info("item %d -> %d", item, result)
    return result
