"""Workers for data too big to send whole: shared arrays, chunks, files, results.

Each one keeps what travels between processes small: a worker attaches to a
shared memory block by name, reads its own range of a file, summarises its
own chunk of a table, or hands back the path of a file instead of its bytes.

The array and table functions need NumPy or pandas (``pip install
"mpguide[arrays]"``). They import NumPy when called and only name pandas in
type hints, so the rest of this module, and of ``mpguide``, runs on the
standard library alone.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from multiprocessing import shared_memory
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = [
    "attach_block",
    "block_to_file",
    "count_words",
    "make_block",
    "matmul_task",
    "part_sum",
    "part_sum_shared",
    "summarize",
]

# --- NumPy arrays on shared memory ------------------------------------------------

# Module globals are per process: each pool worker sets its own in
# attach_block(), its handle on the shared block and the array's layout.
_block: shared_memory.SharedMemory | None = None
_layout: tuple[tuple[int, ...], str] = ((0,), "int64")


def attach_block(name: str, shape: tuple[int, ...], dtype: str) -> None:
    """Pool initializer: attach to the block *name*, once per worker process.

    The handle is kept in a module global for the worker's lifetime. Each
    task makes its own short-lived array view on it (cheap: no copy), so no
    array outlives the handle: closing a block does not wait for the arrays
    on it, and an array read after its block was closed can crash the process.
    """
    global _block, _layout  # noqa: PLW0603 - per-process state on purpose
    _block = shared_memory.SharedMemory(name=name)
    _layout = (shape, dtype)


def _shared_view() -> np.ndarray[Any, Any]:
    """A new array view on the block attach_block() opened (no copy)."""
    import numpy as np

    assert _block is not None, "run attach_block() in the pool's initializer"
    shape, dtype = _layout
    view: np.ndarray[Any, Any] = np.ndarray(shape, dtype=dtype, buffer=_block.buf)
    return view


def part_sum(array: np.ndarray[Any, Any] | None, part: int, parts: int = 8) -> int:
    """Sum of every *parts*-th item of *array*, from index *part* on.

    With ``array=None``, the array is the shared block that attach_block()
    opened in this worker.

    >>> import numpy as np
    >>> part_sum(np.arange(10), 1, parts=4)
    15
    """
    if array is None:
        array = _shared_view()
    return int(array[part::parts].sum())


def part_sum_shared(part: int, parts: int) -> int:
    """part_sum() of the shared block: only two small ints come with the task."""
    return part_sum(None, part, parts)


def matmul_task(size: int, products: int = 4) -> float:
    """Multiply two random *size* x *size* matrices *products* times.

    NumPy hands each product to its BLAS library, which may split it over
    several threads. The matrices come from a fixed seed, and the checksum
    returned is one element of the product.

    >>> round(matmul_task(2, products=1), 6)
    0.681684
    """
    import numpy as np

    rng = np.random.default_rng(seed=0)
    a, b = rng.random((size, size)), rng.random((size, size))
    c = a @ b
    for _ in range(products - 1):
        c = a @ b
    return float(c[0, 0])


# --- Chunks of a table (pandas) ---------------------------------------------------


def summarize(chunk: pd.DataFrame) -> pd.DataFrame:
    """The total and the row count of ``value`` for each ``key`` in *chunk*.

    Both add up across chunks: concatenate the chunks' summaries and sum them
    again by key to get the summary of the whole table.

    >>> import pandas as pd
    >>> summarize(pd.DataFrame({"key": [1, 2, 1], "value": [10, 20, 30]})).to_dict()
    {'sum': {1: 40, 2: 20}, 'count': {1: 2, 2: 1}}
    """
    return chunk.groupby("key")["value"].agg(["sum", "count"])


# --- Files ------------------------------------------------------------------------


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
