"""Workers for the lessons that make a mistake on purpose, to show its error.

Each function is an ordinary task; the mistake is in how the lesson uses it
(what it sends, what it expects back, how it treats the process).
"""

import multiprocessing
import os
import signal
from collections.abc import Iterator
from typing import NoReturn


def describe(value: object) -> str:
    """Name the type of *value*: a task that accepts any argument at all.

    >>> describe(3)
    'int'
    """
    return type(value).__name__


def numbers_lazily(count: int) -> Iterator[int]:
    """Return a generator of ``0 .. count - 1``: a result that cannot be pickled.

    >>> list(numbers_lazily(3))
    [0, 1, 2]
    """
    return (n for n in range(count))


def fail_to_start() -> None:
    """A pool initializer that fails, as one that cannot reach its database would."""
    raise ConnectionError("could not reach the database")


def crash_holding_lock(start_method: str) -> NoReturn:
    """Create and take a lock, then die at once, as ``kill -9`` would make it.

    Under *spawn* and *forkserver* the lock is a named semaphore that the
    process would have removed when it ended normally; killed, it cannot.
    """
    lock = multiprocessing.get_context(start_method).Lock()
    lock.acquire()
    os.kill(os.getpid(), signal.SIGKILL)
    raise RuntimeError(f"process {os.getpid()} survived SIGKILL")
