"""Workers and timers for the Chunking page: how big should one task be?

A pool sends work to its workers as tasks, each a pickled chunk of inputs
that travels through a pipe and comes back as a chunk of results. This module
times the same map at many chunk sizes, against batching by hand and against
a plain loop, and builds a job of uneven tasks where a huge chunk size hurts.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.context import BaseContext

from mpguide.checks import check_int, check_seconds
from mpguide.pools import default_chunksize, square
from mpguide.timing import timed
from mpguide.workers import count_primes

__all__ = [
    "ChunkTimings",
    "UnevenTimings",
    "count_primes_batch",
    "split_batches",
    "square_batch",
    "sweep_chunksizes",
    "time_chunksizes",
    "time_uneven",
    "uneven_limits",
]


# --- Workers ---------------------------------------------------------------------


def _check_int_list(name: str, values: object) -> list[int]:
    if not isinstance(values, list):
        raise TypeError(f"{name} must be a list of ints, not {type(values).__name__}")
    for value in values:
        check_int(f"every item of {name}", value, minimum=None)
    return values


def _check_list(name: str, values: object) -> list[int]:
    # The items themselves are checked by the task each one is passed to.
    if not isinstance(values, list):
        raise TypeError(f"{name} must be a list of ints, not {type(values).__name__}")
    return values


def square_batch(batch: list[int]) -> list[int]:
    """Square every number in *batch*: one task that does a whole batch.

    The worker loops over its list itself, so a batch costs one round trip
    between processes however many numbers it holds. Each number is checked
    by :func:`~mpguide.pools.square`, exactly as in a ``Pool.map`` chunk.

    >>> square_batch([1, 2, 3])
    [1, 4, 9]
    """
    return [square(x) for x in _check_list("batch", batch)]


def count_primes_batch(batch: list[int]) -> list[int]:
    """:func:`~mpguide.workers.count_primes` for every limit in *batch*.

    >>> count_primes_batch([10, 20])
    [4, 8]
    """
    return [count_primes(limit) for limit in _check_list("batch", batch)]


def split_batches(items: list[int], batches: int) -> list[list[int]]:
    """Split *items* into *batches* contiguous lists whose lengths differ by <= 1.

    >>> split_batches(list(range(7)), 3)
    [[0, 1, 2], [3, 4], [5, 6]]
    >>> split_batches([1], 3)
    [[1]]
    """
    items = _check_int_list("items", items)
    batches = check_int("batches", batches, minimum=1)
    size, extra = divmod(len(items), batches)
    out = []
    start = 0
    for index in range(batches):
        stop = start + size + (1 if index < extra else 0)
        if stop > start:
            out.append(items[start:stop])
        start = stop
    return out


# --- Which chunk sizes to try ------------------------------------------------------


def sweep_chunksizes(items: int, workers: int) -> list[int]:
    """Chunk sizes worth timing: 1, 2, 5, 10, 20, 50, ... up to one chunk per worker.

    The list ends at ``ceil(items / workers)`` (every worker gets a single
    chunk) and includes the size CPython's ``Pool.map`` picks by default.

    >>> sweep_chunksizes(10_000, 2)
    [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 1250, 2000, 5000]
    >>> sweep_chunksizes(7, 2)
    [1, 2, 4]
    """
    items = check_int("items", items, minimum=1)
    workers = check_int("workers", workers, minimum=1)
    largest = -(-items // workers)
    sizes = {largest, max(1, default_chunksize(items, workers))}
    decade = 1
    while decade <= largest:
        sizes.update(step * decade for step in (1, 2, 5) if step * decade <= largest)
        decade *= 10
    return sorted(sizes)


# --- Timing ------------------------------------------------------------------------


def _check_ctx(ctx: object) -> BaseContext:
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    return ctx


def _check_chunksizes(chunksizes: object) -> list[int]:
    if not isinstance(chunksizes, list) or not chunksizes:
        raise ValueError("chunksizes must be a non-empty list of ints")
    for size in chunksizes:
        check_int("chunksize", size, minimum=1)
    if len(set(chunksizes)) != len(chunksizes):
        raise ValueError(f"chunksizes must not repeat, got {chunksizes}")
    return chunksizes


def _interleaved_medians(
    variants: dict[object, Callable[[], list[int]]],
    expected: list[int],
    repeat: int,
) -> dict[object, float]:
    """Run every variant once per round, *repeat* rounds; median seconds each.

    Interleaving spreads a burst of load from other programs over all variants
    instead of hitting one. Every run's result is checked against *expected*.
    """
    times: dict[object, list[float]] = {key: [] for key in variants}
    for _ in range(repeat):
        for key, run in variants.items():
            result, seconds = timed(run)
            if result != expected:
                raise AssertionError(f"variant {key!r} computed a different list")
            times[key].append(seconds)
    return {key: statistics.median(values) for key, values in times.items()}


@dataclass(frozen=True)
class ChunkTimings:
    """Median seconds to square ``range(items)`` each way, on *workers* workers."""

    items: int
    workers: int
    #: ``Pool.map(square, range(items), chunksize)`` for each chunk size.
    by_chunksize: dict[int, float]
    #: One task per worker, each squaring its own list (:func:`square_batch`).
    by_hand: float
    #: A plain loop in the parent process, no pool.
    serial: float

    @property
    def best_chunksize(self) -> int:
        """The fastest chunk size measured.

        >>> ChunkTimings(10, 2, {1: 0.5, 5: 0.1}, 0.1, 0.1).best_chunksize
        5
        """
        return min(self.by_chunksize, key=self.by_chunksize.__getitem__)

    @property
    def worst_chunksize(self) -> int:
        """The slowest chunk size measured."""
        return max(self.by_chunksize, key=self.by_chunksize.__getitem__)

    @property
    def worst_over_best(self) -> float:
        """How many times longer the slowest chunk size took than the fastest.

        >>> ChunkTimings(10, 2, {1: 0.5, 5: 0.1}, 0.1, 0.1).worst_over_best
        5.0
        """
        return (
            self.by_chunksize[self.worst_chunksize]
            / self.by_chunksize[self.best_chunksize]
        )


def time_chunksizes(
    ctx: BaseContext,
    items: int,
    workers: int,
    chunksizes: list[int],
    *,
    repeat: int = 3,
    timeout: float = 120.0,
) -> ChunkTimings:
    """Time ``Pool.map(square, range(items))`` at each of *chunksizes*.

    One pool of *workers* is started and warmed up, then each round runs
    every chunk size, the hand-batched map (one :func:`square_batch` task per
    worker) and a plain serial loop once, *repeat* rounds; each variant's
    median is kept. Every run must compute the same list as the serial loop,
    or ``AssertionError`` is raised. Each map may take *timeout* seconds before
    :class:`multiprocessing.TimeoutError` ends the wait.
    """
    ctx = _check_ctx(ctx)
    items = check_int("items", items, minimum=1)
    workers = check_int("workers", workers, minimum=1)
    chunksizes = _check_chunksizes(chunksizes)
    repeat = check_int("repeat", repeat, minimum=1)
    timeout = check_seconds("timeout", timeout)
    numbers = list(range(items))
    expected = [square(x) for x in numbers]
    batches = split_batches(numbers, workers)

    with ctx.Pool(processes=workers) as pool:

        def pool_map(size: int) -> Callable[[], list[int]]:
            return lambda: pool.map_async(square, numbers, size).get(timeout)

        def by_hand() -> list[int]:
            done = pool.map_async(square_batch, batches, 1).get(timeout)
            return [y for batch in done for y in batch]

        def serial() -> list[int]:
            return [square(x) for x in numbers]

        variants: dict[object, Callable[[], list[int]]] = {
            size: pool_map(size) for size in chunksizes
        }
        variants["by_hand"] = by_hand
        variants["serial"] = serial
        # Warm-up: every worker has started and imported the task's module.
        pool.map_async(square, range(4 * workers), 1).get(timeout)
        medians = _interleaved_medians(variants, expected, repeat)
        pool.close()
        pool.join()

    return ChunkTimings(
        items=items,
        workers=workers,
        by_chunksize={size: medians[size] for size in chunksizes},
        by_hand=medians["by_hand"],
        serial=medians["serial"],
    )


# --- Uneven tasks -------------------------------------------------------------------


def uneven_limits(tasks: int, *, slow_every: int, slow: int, fast: int) -> list[int]:
    """``count_primes`` limits: *fast* everywhere, *slow* every *slow_every* items
    of the first half.

    All the slow tasks sit in the first half of the input, so a chunk size
    that gives each worker one contiguous half puts them all on one worker.

    >>> uneven_limits(8, slow_every=2, slow=900, fast=10)
    [900, 10, 900, 10, 10, 10, 10, 10]
    """
    tasks = check_int("tasks", tasks, minimum=2)
    slow_every = check_int("slow_every", slow_every, minimum=1)
    slow = check_int("slow", slow, minimum=0)
    fast = check_int("fast", fast, minimum=0)
    return [
        slow if index < tasks // 2 and index % slow_every == 0 else fast
        for index in range(tasks)
    ]


@dataclass(frozen=True)
class UnevenTimings:
    """Median seconds to map ``count_primes`` over uneven limits, each way."""

    tasks: int
    workers: int
    #: ``Pool.map(count_primes, limits, chunksize)`` for each chunk size.
    by_chunksize: dict[int, float]
    #: The same limits counted in a plain loop in the parent process.
    serial: float

    @property
    def best_chunksize(self) -> int:
        """The fastest chunk size measured.

        >>> UnevenTimings(4, 2, {1: 0.6, 2: 0.9}, 1.0).best_chunksize
        1
        """
        return min(self.by_chunksize, key=self.by_chunksize.__getitem__)

    @property
    def best_speedup(self) -> float:
        """How many times faster the fastest chunk size ran than the serial loop.

        It tells how many CPUs the pool really got: close to *workers* on a
        quiet machine, lower when other programs took their share.

        >>> UnevenTimings(4, 2, {1: 0.5, 2: 0.9}, 1.0).best_speedup
        2.0
        """
        return self.serial / self.by_chunksize[self.best_chunksize]

    def over_best(self, chunksize: int) -> float:
        """How many times longer *chunksize* took than the fastest chunk size.

        >>> UnevenTimings(4, 2, {1: 0.5, 2: 0.9}, 1.0).over_best(2)
        1.8
        """
        return self.by_chunksize[chunksize] / self.by_chunksize[self.best_chunksize]


def time_uneven(
    ctx: BaseContext,
    limits: list[int],
    workers: int,
    chunksizes: list[int],
    *,
    repeat: int = 3,
    timeout: float = 120.0,
) -> UnevenTimings:
    """Time ``Pool.map(count_primes, limits)`` at each of *chunksizes*, and serially.

    Same method as :func:`time_chunksizes`: one warm pool, interleaved rounds,
    medians, every result checked against a serial run.
    """
    ctx = _check_ctx(ctx)
    limits = _check_int_list("limits", limits)
    if not limits:
        raise ValueError("limits must not be empty")
    workers = check_int("workers", workers, minimum=1)
    chunksizes = _check_chunksizes(chunksizes)
    repeat = check_int("repeat", repeat, minimum=1)
    timeout = check_seconds("timeout", timeout)
    expected = count_primes_batch(limits)

    with ctx.Pool(processes=workers) as pool:

        def pool_map(size: int) -> Callable[[], list[int]]:
            return lambda: pool.map_async(count_primes, limits, size).get(timeout)

        variants: dict[object, Callable[[], list[int]]] = {
            size: pool_map(size) for size in chunksizes
        }
        variants["serial"] = lambda: count_primes_batch(limits)
        pool.map_async(count_primes, [10] * (4 * workers), 1).get(timeout)
        medians = _interleaved_medians(variants, expected, repeat)
        pool.close()
        pool.join()
    return UnevenTimings(
        tasks=len(limits),
        workers=workers,
        by_chunksize={size: medians[size] for size in chunksizes},
        serial=medians["serial"],
    )
