"""What a child process runs: say who it is, print, wait, start children of its own.

A child started with *spawn* or *forkserver* finds its function by module and
name, so these live in an importable module. Each child flushes what it
prints: its buffered output would otherwise appear only when it exits.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.synchronize import Event

__all__ = [
    "do_nothing",
    "greet",
    "inner_pool_total",
    "introduce",
    "print_and_wait",
    "start_grandchild",
    "wait_until_released",
]

# --- Saying who it is -------------------------------------------------------------


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


def do_nothing() -> None:
    """Return at once: a child whose whole cost is being started.

    >>> do_nothing()
    """


# --- Waiting for the parent -------------------------------------------------------


def wait_until_released(ready: Event, release: Event, timeout: float = 60) -> None:
    """Set *ready*, then wait until *release* is set (at most *timeout* seconds).

    The parent waits for *ready* instead of sleeping, so it knows the child is
    running before it acts on it.
    """
    ready.set()
    release.wait(timeout)


def print_and_wait(flush: bool, printed: Event, release: Event) -> None:
    """Print one line (flushed or not), set *printed*, wait for *release*.

    The parent prints its own line between the two events, so the order of
    the two lines in a pipe shows when the child's line really left it.
    """
    print("child: this line was printed first", flush=flush)
    printed.set()
    release.wait(timeout=60)


# --- Children of a child ----------------------------------------------------------


def start_grandchild() -> None:
    """Start a process from this one: refused when this one is a daemon."""
    child = multiprocessing.get_context("spawn").Process(target=greet, args=("x",))
    child.start()
    child.join(timeout=60)


def inner_pool_total(start_method: str, n: int) -> tuple[bool, int]:
    """Start a pool of two inside this process; return (daemon?, sum of squares).

    In a ``multiprocessing.Pool`` worker this raises ``AssertionError``: pool
    workers are daemonic, and a daemonic process may not start children.

    >>> inner_pool_total("spawn", 4)
    (False, 14)
    """
    daemon = multiprocessing.current_process().daemon
    with multiprocessing.get_context(start_method).Pool(2) as pool:
        squares = pool.starmap_async(pow, [(x, 2) for x in range(n)])
        total = sum(squares.get(timeout=60))
        pool.close()
        pool.join()
    return daemon, total
