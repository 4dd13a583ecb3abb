"""Workers that fail: raise, die, get interrupted, and log what they do.

Child processes run these functions. Under *spawn* and *forkserver* a child
finds a function by importing its module, so they live in a module, not in
the script or notebook that uses them.
"""

from __future__ import annotations

import logging
import logging.handlers
import multiprocessing.queues
import os
import signal
import time
from multiprocessing.synchronize import Event
from typing import NoReturn

__all__ = [
    "TaskFailed",
    "announce_then_work",
    "die_abruptly",
    "ignore_sigint",
    "init_ctrl_c_worker",
    "kill_self",
    "log_to_queue",
    "logged_task",
    "parse_record",
    "raise_error",
]

# --- Exceptions -------------------------------------------------------------------


class TaskFailed(Exception):
    """The exception that :func:`raise_error` raises.

    It takes only a message, so it pickles back to the parent intact.
    """


def raise_error(message: str) -> None:
    """Always fail: raise :class:`TaskFailed` with *message*.

    >>> raise_error("disk full")
    Traceback (most recent call last):
      ...
    mpguide.failures.TaskFailed: disk full
    """
    raise TaskFailed(message)


def parse_record(text: str) -> int:
    """Turn one text record into an int; ``ValueError`` for a bad record.

    The error comes from :func:`int`, one call below this function, so a
    worker's traceback has a little depth to show.

    >>> parse_record(" 42 ")
    42
    >>> parse_record("seven")
    Traceback (most recent call last):
      ...
    ValueError: invalid literal for int() with base 10: 'seven'
    """
    return _to_int(text.strip())


def _to_int(text: str) -> int:
    return int(text)


# --- A worker that dies -----------------------------------------------------------


def die_abruptly(exit_code: int) -> NoReturn:
    """End this process at once with *exit_code*, as a crash would.

    ``os._exit`` skips ``finally`` blocks, ``atexit`` handlers and the pool's
    own bookkeeping, so the task never reports back: the parent sees a worker
    that vanished, as after a segfault or the OOM killer.
    """
    os._exit(exit_code)


def kill_self(signum: int) -> NoReturn:
    """Send signal *signum* to this very process, as ``kill`` from outside would.

    With ``SIGKILL`` the process dies at once, like a worker picked by the
    kernel's out-of-memory killer. If the process survives the signal (it was
    caught or ignored), :class:`RuntimeError` says so.
    """
    os.kill(os.getpid(), signum)
    raise RuntimeError(f"process {os.getpid()} survived signal {signum}")


# --- Ctrl-C in a pool -------------------------------------------------------------

_started: Event | None = None  # set by init_ctrl_c_worker, in each worker


def ignore_sigint() -> None:
    """Pool initializer: make this worker ignore ``SIGINT`` (POSIX Ctrl-C).

    A terminal sends Ctrl-C's ``SIGINT`` to every process in the foreground
    process group, pool workers included. Ignoring it in the workers leaves
    the parent alone to handle it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def init_ctrl_c_worker(started: Event, ignore: bool = True) -> None:
    """Pool initializer: remember *started*; ignore ``SIGINT`` unless *ignore* is False.

    An Event cannot travel as a task argument, so it reaches the worker
    through ``initargs``; :func:`announce_then_work` sets it.
    """
    global _started  # noqa: PLW0603 - one value per worker process, on purpose
    _started = started
    if ignore:
        ignore_sigint()


def announce_then_work(seconds: float) -> float:
    """Set the initializer's *started* event, then work for *seconds*; return them.

    The parent waits for the event to know that work is under way.
    """
    if _started is None:
        raise RuntimeError(
            "announce_then_work needs the init_ctrl_c_worker initializer"
        )
    _started.set()
    time.sleep(seconds)
    return seconds


# --- Logging from workers ---------------------------------------------------------


def log_to_queue(
    queue: multiprocessing.queues.Queue[logging.LogRecord], level: int = logging.INFO
) -> None:
    """Pool initializer: send this worker's log records to *queue*.

    The root logger's handlers are *replaced* by one
    :class:`~logging.handlers.QueueHandler`: under *fork* a worker inherits the
    parent's handlers, and keeping them would write every record twice.
    """
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(level)


def logged_task(item: int) -> int:
    """Square *item*, logging as it goes (a warning for negative input).

    >>> logged_task(-3)
    9
    """
    log = logging.getLogger("mpguide.task")
    if item < 0:
        log.warning("item %d is negative; squaring anyway", item)
    result = item * item
    log.info("item %d -> %d", item, result)
    return result
