"""Workers for the how-to recipes.

Counting the words of one part of a file, a task that says which input it
answers, a function for the notebook recipe, and large results handed back
either as data or as a file.
"""

from __future__ import annotations

import math
import os
import random
from collections import Counter
from pathlib import Path

# --- Chunked files ----------------------------------------------------------------


def count_words(path: str | os.PathLike[str], start: int, end: int) -> Counter[str]:
    """Count the words in bytes ``[start, end)`` of the file at *path*.

    The worker opens the file and reads only its own range, so only the
    path and two numbers travel to it. The range must start and end on line
    boundaries, so that no word is split between two ranges.
    """
    with Path(path).open("rb") as file:
        file.seek(start)
        data = file.read(end - start)
    return Counter(data.decode("utf-8").split())


# --- Progress ---------------------------------------------------------------------


def primes_below(limit: int) -> tuple[int, int]:
    """``(limit, number of primes below limit)``: a result that names its task.

    Results from ``imap_unordered`` arrive in completion order, so each one
    carries its input along. The count is plain trial division, slow on
    purpose.

    >>> primes_below(10)
    (10, 4)
    """
    found = 0
    for candidate in range(2, limit):
        if all(candidate % d for d in range(2, math.isqrt(candidate) + 1)):
            found += 1
    return limit, found


# --- The notebook recipe ------------------------------------------------------


def shout(word: str) -> str:
    """Return *word* in capitals with an exclamation mark.

    >>> shout("spawn")
    'SPAWN!'
    """
    return word.upper() + "!"


# --- Large results ----------------------------------------------------------------


def make_block(seed: int, size: int) -> bytes:
    """*size* pseudo-random bytes, always the same for the same *seed*.

    >>> make_block(1, 4) == make_block(1, 4), len(make_block(2, 10))
    (True, 10)
    """
    return random.Random(seed).randbytes(size)


def block_to_file(seed: int, size: int, folder: str | os.PathLike[str]) -> str:
    """Write ``make_block(seed, size)`` to a file in *folder*; return its path.

    Only the path, a short string, goes back to the parent through the pool.
    """
    target = Path(folder) / f"block-{seed}.bin"
    target.write_bytes(make_block(seed, size))
    return str(target)
