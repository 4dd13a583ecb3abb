"""Workers and helpers for the how-to recipes.

Chunked word counting over byte ranges of a file, a function for the
notebook recipe, and large results handed back either as data or as a file.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import random
from collections import Counter
from pathlib import Path

from mpguide.checks import check_int, check_str
from mpguide.workers import count_primes

__all__ = [
    "WORDS",
    "block_to_file",
    "count_words",
    "line_aligned_ranges",
    "make_block",
    "primes_below",
    "sha256_of_file",
    "shout",
    "write_sample_text",
]

#: The vocabulary of the generated sample text.
WORDS = (
    "process",
    "pool",
    "queue",
    "pipe",
    "lock",
    "fork",
    "spawn",
    "server",
    "child",
    "parent",
    "worker",
    "task",
    "result",
    "chunk",
    "pickle",
    "manager",
)


def _check_path(name: str, value: object) -> Path:
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be a str or path, not {type(value).__name__}")
    return Path(value)


# --- Chunked files ----------------------------------------------------------------


def write_sample_text(path: str | os.PathLike[str], lines: int, seed: int = 0) -> int:
    """Write *lines* lines of random words to *path*; return its size in bytes.

    The same *seed* always writes the same file.
    """
    target = _check_path("path", path)
    lines = check_int("lines", lines, minimum=0)
    seed = check_int("seed", seed, minimum=None)
    rng = random.Random(seed)
    with target.open("w", encoding="utf-8", newline="\n") as stream:
        for _ in range(lines):
            stream.write(" ".join(rng.choices(WORDS, k=rng.randint(0, 12))) + "\n")
    return target.stat().st_size


def line_aligned_ranges(
    path: str | os.PathLike[str], parts: int
) -> list[tuple[int, int]]:
    """Split *path* into at most *parts* byte ranges ``(start, end)`` on line ends.

    Each range starts at the beginning of a line and ends just after a newline
    (or at the end of the file), so no line is cut in two. Ranges are
    contiguous and cover the whole file; empty ones are dropped.
    """
    source = _check_path("path", path)
    parts = check_int("parts", parts, minimum=1)
    size = source.stat().st_size
    cuts = [0]
    with source.open("rb") as stream:
        for part in range(1, parts):
            guess = size * part // parts
            if guess <= cuts[-1]:
                continue
            # Step back one byte: if the guess is already a line start, the
            # newline just before it is what readline() consumes.
            stream.seek(guess - 1)
            stream.readline()
            cut = stream.tell()
            if cuts[-1] < cut < size:
                cuts.append(cut)
    cuts.append(size)
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def count_words(path: str | os.PathLike[str], start: int, end: int) -> Counter[str]:
    """Count the words in bytes ``[start, end)`` of *path*.

    The range must fall on line boundaries (see :func:`line_aligned_ranges`),
    so that no word is split between two ranges.
    """
    source = _check_path("path", path)
    start = check_int("start", start, minimum=0)
    end = check_int("end", end, minimum=0)
    if end < start:
        raise ValueError(f"end must be >= start, got {start}..{end}")
    with source.open("rb") as stream:
        stream.seek(start)
        data = stream.read(end - start)
    return Counter(data.decode("utf-8").split())


# --- Progress ---------------------------------------------------------------------


def primes_below(limit: int) -> tuple[int, int]:
    """``(limit, count_primes(limit))``: a result that says which task it answers.

    Results from ``imap_unordered`` arrive in completion order, so each one
    carries its input along.

    >>> primes_below(10)
    (10, 4)
    """
    return limit, count_primes(limit)


# --- The notebook recipe ------------------------------------------------------


def shout(word: str) -> str:
    """Return *word* in capitals with an exclamation mark.

    >>> shout("spawn")
    'SPAWN!'
    """
    return check_str("word", word).upper() + "!"


# --- Large results ----------------------------------------------------------------


def make_block(seed: int, size: int) -> bytes:
    """*size* pseudo-random bytes, always the same for the same *seed*.

    >>> make_block(1, 4) == make_block(1, 4), len(make_block(2, 10))
    (True, 10)
    """
    seed = check_int("seed", seed, minimum=None)
    size = check_int("size", size, minimum=0)
    return random.Random(seed).randbytes(size)


def block_to_file(seed: int, size: int, folder: str | os.PathLike[str]) -> str:
    """Write :func:`make_block` ``(seed, size)`` to a file in *folder*; return its path.

    Only the path, a short string, goes back to the caller through the pool.
    """
    directory = _check_path("folder", folder)
    if not directory.is_dir():
        raise ValueError(f"folder must be an existing directory, got {folder!r}")
    target = directory / f"block-{seed}.bin"
    target.write_bytes(make_block(seed, size))
    return str(target)


def sha256_of_file(path: str | os.PathLike[str]) -> str:
    """The SHA-256 hex digest of a file's contents."""
    return hashlib.sha256(_check_path("path", path).read_bytes()).hexdigest()
