"""Tasks: functions a worker runs on one input, returning a result.

They differ in what they cost: pure-Python computing that holds the GIL,
computing in C code that releases it, waiting that releases it, tiny tasks
that cost less than sending them, and tasks whose only cost is moving their
data between processes.
"""

from __future__ import annotations

import hashlib
import math
import time
import zlib

__all__ = [
    "checksum",
    "count_primes",
    "echo",
    "hash_zeros",
    "power",
    "shout",
    "square",
    "square_batch",
    "square_in_group",
    "wait_for_io",
]

# --- Computing and waiting --------------------------------------------------------


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


_MIB = bytes(2**20)


def hash_zeros(megabytes: int) -> str:
    """SHA-256 of *megabytes* MiB of zero bytes, as a hex string.

    The data is fed to the hash 1 MiB at a time. :mod:`hashlib` releases the
    GIL while it hashes a buffer of more than 2047 bytes, so threads running
    this task keep several CPUs busy; only the short loop between two chunks
    needs the GIL. Only the small int travels to a worker process.

    >>> hash_zeros(0)[:16]
    'e3b0c44298fc1c14'
    >>> hash_zeros(2) == hashlib.sha256(bytes(2 * 2**20)).hexdigest()
    True
    """
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(_MIB)
    return digest.hexdigest()


def wait_for_io(seconds: float) -> float:
    """Stand in for blocking I/O (a network call, a disk read); return *seconds*.

    Like real blocking I/O, :func:`time.sleep` releases the GIL while it waits.

    >>> wait_for_io(0)
    0
    """
    time.sleep(seconds)
    return seconds


# --- Tiny tasks -------------------------------------------------------------------


def square(x: int) -> int:
    """Return ``x * x``: a task so small that sending it costs more than doing it.

    >>> square(7)
    49
    """
    return x * x


def power(base: int, exponent: int) -> int:
    """Return ``base ** exponent``: a two-argument task for ``starmap``.

    >>> power(2, 10)
    1024
    """
    return int(base**exponent)


def square_batch(batch: list[int]) -> list[int]:
    """Square every number in *batch*: one task that does a whole batch.

    The worker loops over its list itself, so a batch costs one round trip
    between processes however many numbers it holds, just as one chunk of
    ``Pool.map`` does.

    >>> square_batch([1, 2, 3])
    [1, 4, 9]
    """
    return [x * x for x in batch]


def square_in_group(group: str, x: int) -> tuple[str, int]:
    """One small task of a flattened job: return ``(group, x * x)``.

    >>> square_in_group("a", 3)
    ('a', 9)
    """
    return group, x * x


def shout(word: str) -> str:
    """Return *word* in capitals with an exclamation mark.

    >>> shout("spawn")
    'SPAWN!'
    """
    return word.upper() + "!"


# --- Moving data ------------------------------------------------------------------


def echo(data: bytes) -> bytes:
    """Return *data* unchanged: a task whose whole cost is moving its data.

    Sent to a pool worker, the bytes are pickled, piped to the worker,
    unpickled, and then make the same trip back.

    >>> echo(b"abc")
    b'abc'
    """
    return data


def checksum(data: bytes) -> int:
    """Adler-32 checksum of *data*: fast C code, far cheaper than sending it.

    >>> checksum(b"abc")
    38600999
    """
    return zlib.adler32(data)
