"""Worker functions that the examples run in child processes.

A child started with *spawn* or *forkserver* finds its function by module and
name. These live in an installed module so that every example, and every
notebook page of the guide, can hand them to a child the same way.
"""

import math
import multiprocessing
import os
import time
from multiprocessing.synchronize import Event


class TaskFailed(Exception):
    """The exception that :func:`raise_error` raises.

    It takes only a message, so it pickles back to the parent intact.
    """


def count_primes(limit: int) -> int:
    """Count the primes below *limit* by trial division: pure-Python CPU work.

    The loop holds the GIL the whole time, which makes it a fair CPU-bound job.

    >>> count_primes(10)
    4
    """
    found = 0
    for candidate in range(2, limit):
        for divisor in range(2, math.isqrt(candidate) + 1):
            if candidate % divisor == 0:
                break
        else:
            found += 1
    return found


def wait_for_io(seconds: float) -> float:
    """Stand in for blocking I/O (a network call, a disk read); return *seconds*.

    Like real blocking I/O, :func:`time.sleep` releases the GIL while it waits.

    >>> wait_for_io(0)
    0
    """
    time.sleep(seconds)
    return seconds


def introduce(name: str) -> None:
    """Print this process's name, PID and parent PID."""
    # flush: a child's buffered output would otherwise appear only when it exits.
    print(f"child {name}: pid {os.getpid()}, parent pid {os.getppid()}", flush=True)


def greet(name: str, punctuation: str = "!") -> None:
    """Print a greeting.

    >>> greet("world")
    hello, world!
    """
    print(f"hello, {name}{punctuation}", flush=True)


def wait_until_released(ready: Event, release: Event, timeout: float = 60) -> None:
    """Set *ready*, then wait until *release* is set (at most *timeout* seconds).

    The parent waits for *ready* instead of sleeping, so it knows the child is
    running before it acts on it.
    """
    ready.set()
    release.wait(timeout)


def do_nothing() -> None:
    """Return at once: a child whose whole cost is being started.

    >>> do_nothing()
    """


def start_grandchild() -> None:
    """Start a process from this one: refused when this one is a daemon."""
    child = multiprocessing.get_context("spawn").Process(target=greet, args=("x",))
    child.start()
    child.join(timeout=60)


def raise_error(message: str) -> None:
    """Always fail: raise :class:`TaskFailed` with *message*.

    >>> raise_error("disk full")
    Traceback (most recent call last):
      ...
    mpguide.workers.TaskFailed: disk full
    """
    raise TaskFailed(message)
