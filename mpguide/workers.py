"""Picklable worker functions: CPU-bound, I/O-bound and failing.

Each one validates its arguments in the caller's terms, so that a mistake
shows up as a clear ``TypeError`` or ``ValueError`` from the worker rather than
as a confusing error deep inside a loop.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from typing import Protocol

from mpguide.checks import check_int, check_seconds, check_str

__all__ = [
    "TaskFailed",
    "count_primes",
    "greet",
    "introduce",
    "raise_error",
    "start_grandchild",
    "wait_for_io",
    "wait_until_released",
]


class TaskFailed(Exception):
    """The error a deliberately failing task raises.

    It takes a single message argument so that it pickles back to the parent
    intact (exceptions with extra required ``__init__`` arguments do not).
    """


# --- CPU-bound ---------------------------------------------------------------


def count_primes(limit: int) -> int:
    """Count the primes below *limit* by trial division, in pure Python.

    The cost grows a little faster than linearly with *limit*, and the loop
    holds the GIL the whole time, which is what makes it a fair CPU-bound job.

    >>> count_primes(10)
    4
    >>> count_primes(0)
    0
    """
    limit = check_int("limit", limit)
    found = 0
    for candidate in range(2, limit):
        for divisor in range(2, math.isqrt(candidate) + 1):
            if candidate % divisor == 0:
                break
        else:
            found += 1
    return found


# --- I/O-bound ---------------------------------------------------------------


def wait_for_io(seconds: float) -> float:
    """Stand in for a blocking I/O call (a network request, a disk read).

    Like real blocking I/O, the wait releases the GIL, so threads overlap it as
    well as processes do. Returns the seconds it was asked to wait.

    >>> wait_for_io(0)
    0
    """
    check_seconds("seconds", seconds, allow_zero=True)
    time.sleep(seconds)
    return seconds


# --- Process demonstrations --------------------------------------------------


def introduce(name: str) -> None:
    """Print who this process is: its name, PID and parent PID.

    ``flush=True`` sends the line at once: a child's buffered output would
    otherwise arrive whenever that child happens to exit.
    """
    check_str("name", name)
    print(f"child {name}: pid {os.getpid()}, parent pid {os.getppid()}", flush=True)


class _Event(Protocol):
    # What both multiprocessing.Event() and a context's Event() provide.
    def set(self) -> None: ...
    def wait(self, timeout: float | None = None) -> bool: ...


def wait_until_released(ready: _Event, release: _Event, timeout: float = 60) -> None:
    """Signal *ready*, then block until *release* is set (at most *timeout* s).

    Lets a parent act on a child that is known to be running, without guessing
    with a sleep: the parent waits for *ready* instead.
    """
    ready.set()
    release.wait(timeout)


def greet(name: str, punctuation: str = "!") -> None:
    """Print a greeting: a target that takes exactly one positional argument."""
    check_str("name", name)
    print(f"hello, {name}{punctuation}", flush=True)


def start_grandchild() -> None:
    """Try to start a process from this one (refused inside a daemon)."""
    child = multiprocessing.get_context("spawn").Process(target=greet, args=("x",))
    child.start()
    child.join(timeout=60)


# --- Failing -----------------------------------------------------------------


def raise_error(message: str) -> None:
    """Raise :class:`TaskFailed` with *message*: a worker that always fails.

    >>> raise_error("disk full")
    Traceback (most recent call last):
      ...
    mpguide.workers.TaskFailed: disk full
    """
    check_str("message", message)
    raise TaskFailed(message)
