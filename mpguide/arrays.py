"""Workers for the "Big arrays" examples: NumPy on shared memory, BLAS threads.

Needs NumPy and threadpoolctl (``pip install "mpguide[arrays]"``); the rest of
``mpguide`` does not import this module. A pool worker attaches to a shared
block once, in its initializer, and each task then views the block as an
array: the array's data never travels through the pool's pipes.
"""

from __future__ import annotations

from multiprocessing import shared_memory
from typing import Any

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

__all__ = [
    "attach_block",
    "blas_threads",
    "limit_blas_threads",
    "matmul_task",
    "part_sum",
    "part_sum_shared",
]

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
    assert _block is not None, "run attach_block() in the pool's initializer"
    shape, dtype = _layout
    view: np.ndarray[Any, Any] = np.ndarray(shape, dtype=dtype, buffer=_block.buf)
    return view


def part_sum(array: np.ndarray[Any, Any] | None, part: int, parts: int = 8) -> int:
    """Sum of every *parts*-th item of *array*, from index *part* on.

    With ``array=None``, the array is the shared block that attach_block()
    opened in this worker.

    >>> part_sum(np.arange(10), 1, parts=4)
    15
    """
    if array is None:
        array = _shared_view()
    return int(array[part::parts].sum())


def part_sum_shared(part: int, parts: int) -> int:
    """part_sum() of the shared block: only two small ints come with the task."""
    return part_sum(None, part, parts)


def limit_blas_threads(limit: int | None) -> None:
    """Pool initializer: cap the BLAS threads of this worker at *limit*.

    ``None`` leaves the library's own default. Called as a function (not as
    a ``with`` block), threadpool_limits() keeps the cap until the process
    ends.
    """
    if limit is not None:
        threadpool_limits(limits=limit, user_api="blas")


def blas_threads() -> list[tuple[str, str, int]]:
    """(library, version, threads) of every BLAS this process has loaded."""
    return [
        (info["internal_api"], info["version"] or "?", info["num_threads"])
        for info in threadpool_info()
        if info["user_api"] == "blas"
    ]


def matmul_task(size: int, products: int = 4) -> float:
    """Multiply two random *size* x *size* matrices *products* times.

    NumPy hands each product to its BLAS library, which may split it over
    several threads. The matrices come from a fixed seed, and the checksum
    returned is one element of the product.

    >>> round(matmul_task(2, products=1), 6)
    0.681684
    """
    rng = np.random.default_rng(seed=0)
    a, b = rng.random((size, size)), rng.random((size, size))
    c = a @ b
    for _ in range(products - 1):
        c = a @ b
    return float(c[0, 0])
