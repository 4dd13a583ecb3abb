"""Measure what parallel code gains, and what it pays for, honestly.

The ``measuring`` page times the same job run serially in this process and on
a warm pool, compares the ratio with Amdahl's law, and measures the costs a
pool adds: sending arguments and results through pickle and a pipe. Every
function here times within one run and returns ratios' raw material, so that
the page can compare numbers measured side by side.
"""

from __future__ import annotations

import pickle
import time
import zlib
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from multiprocessing.pool import Pool

from mpguide.checks import check_int, check_seconds
from mpguide.timing import wall_time
from mpguide.workers import count_primes

__all__ = [
    "SpeedupTiming",
    "amdahl",
    "amdahl_speedups",
    "checksum",
    "cpu_speedup",
    "echo",
    "payload_sizes",
    "pickle_seconds",
    "round_trip_seconds",
    "split_serial",
]


# --- Amdahl's law --------------------------------------------------------------


def _check_fraction(serial_fraction: object) -> float:
    if isinstance(serial_fraction, bool) or not isinstance(
        serial_fraction, (int, float)
    ):
        raise TypeError(
            f"serial_fraction must be a number, not {type(serial_fraction).__name__}"
        )
    if not 0 <= serial_fraction <= 1:
        raise ValueError(f"serial_fraction must be in [0, 1], got {serial_fraction}")
    return float(serial_fraction)


def amdahl(serial_fraction: float, workers: int) -> float:
    """The speed-up Amdahl's law predicts: ``1 / (s + (1 - s) / n)``.

    *serial_fraction* ``s`` is the share of the serial run time that cannot be
    spread out; the rest is divided perfectly over *workers* ``n``, at no cost.
    Real pools do worse, because they add overhead the law leaves out.

    >>> amdahl(0.0, 4)
    4.0
    >>> amdahl(0.5, 2)
    1.3333333333333333
    >>> amdahl(1.0, 8)
    1.0
    >>> amdahl(0.25, 0)
    Traceback (most recent call last):
      ...
    ValueError: workers must be >= 1, got 0
    """
    s = _check_fraction(serial_fraction)
    n = check_int("workers", workers, minimum=1)
    return 1.0 / (s + (1.0 - s) / n)


def split_serial(
    tasks: list[int], serial_fraction: float
) -> tuple[list[int], list[int]]:
    """Split *tasks* into the part run in the parent and the part for the pool.

    The first ``round(serial_fraction * len(tasks))`` tasks form the serial
    part. With equal tasks, that is the serial share of the work.

    >>> split_serial([1, 2, 3, 4], 0.25)
    ([1], [2, 3, 4])
    >>> split_serial([1, 2, 3, 4], 0.0)
    ([], [1, 2, 3, 4])
    """
    s = _check_fraction(serial_fraction)
    _check_tasks(tasks)
    cut = round(s * len(tasks))
    return tasks[:cut], tasks[cut:]


def _check_tasks(tasks: object) -> list[int]:
    if not isinstance(tasks, list) or not tasks:
        raise ValueError("tasks must be a non-empty list of count_primes limits")
    for limit in tasks:
        check_int("task limit", limit)
    return tasks


def _check_ctx(ctx: object) -> BaseContext:
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    return ctx


# --- Serial against a warm pool ------------------------------------------------


@dataclass(frozen=True)
class SpeedupTiming:
    """Wall-clock seconds of one job run serially and on a pool of *workers*."""

    serial_seconds: float
    parallel_seconds: float
    workers: int

    @property
    def speedup(self) -> float:
        """How many times faster the pool ran the job than this process alone.

        >>> SpeedupTiming(serial_seconds=3.0, parallel_seconds=2.0, workers=2).speedup
        1.5
        """
        return self.serial_seconds / self.parallel_seconds


def _run_serial(tasks: list[int]) -> None:
    for limit in tasks:
        count_primes(limit)


def _run_mixed(
    pool: Pool, serial: list[int], parallel: list[int], timeout: float
) -> None:
    # The serial part runs first, in this process, while the pool waits: it is
    # the part of the job that cannot be spread out.
    _run_serial(serial)
    if parallel:
        pool.map_async(count_primes, parallel, chunksize=1).get(timeout=timeout)


def amdahl_speedups(
    ctx: BaseContext,
    workers: int,
    tasks: list[int],
    fractions: list[float],
    *,
    repeat: int = 3,
    timeout: float = 120.0,
) -> dict[float, SpeedupTiming]:
    """Time *tasks* serially and, for each serial fraction, split as Amdahl says.

    For a serial fraction ``s``, the first ``s`` share of *tasks* (see
    :func:`split_serial`) runs in this process and the rest is mapped over a
    pool of *workers* with ``chunksize=1``. The pool is started and warmed up
    before any clock runs, so its start-up is **excluded**. Each of *repeat*
    rounds times the serial run and then every fraction, interleaved, so a
    burst of load elsewhere hits all of them alike; the **fastest** round of
    each (the least disturbed, as :mod:`timeit` advises) is kept. Returns
    ``{fraction: SpeedupTiming}``; every entry shares the serial time.
    """
    _check_ctx(ctx)
    workers = check_int("workers", workers, minimum=1)
    _check_tasks(tasks)
    if not isinstance(fractions, list) or not fractions:
        raise ValueError("fractions must be a non-empty list of numbers")
    splits = {float(s): split_serial(tasks, s) for s in fractions}
    repeat = check_int("repeat", repeat, minimum=1)
    check_seconds("timeout", timeout)
    serial_best = float("inf")
    parallel_best = {s: float("inf") for s in splits}
    with ctx.Pool(workers) as pool:
        # Warm-up: every worker has started and imported mpguide before timing.
        pool.map_async(count_primes, [10_000] * (2 * workers), chunksize=1).get(
            timeout=timeout
        )
        for _ in range(repeat):
            start = time.perf_counter()
            _run_serial(tasks)
            serial_best = min(serial_best, time.perf_counter() - start)
            for s, (serial, parallel) in splits.items():
                start = time.perf_counter()
                _run_mixed(pool, serial, parallel, timeout)
                parallel_best[s] = min(parallel_best[s], time.perf_counter() - start)
        pool.close()
        pool.join()
    return {s: SpeedupTiming(serial_best, parallel_best[s], workers) for s in splits}


def cpu_speedup(
    ctx: BaseContext,
    workers: int,
    tasks: list[int],
    *,
    repeat: int = 3,
    timeout: float = 120.0,
) -> SpeedupTiming:
    """Time ``count_primes`` over *tasks* in this process and on a warm pool.

    *tasks* are ``count_primes`` limits. The pool of *workers* is started and
    warmed up first, so pool start-up is **excluded**; the tasks are mapped
    with ``chunksize=1``. Serial and pool runs alternate for *repeat* rounds
    and the **fastest** round of each is kept. This is
    :func:`amdahl_speedups` with a serial fraction of 0. Equal tasks, a
    multiple of *workers* in number, each taking a tenth of a second or more,
    let the ratio approach *workers* on an idle machine.
    """
    return amdahl_speedups(ctx, workers, tasks, [0.0], repeat=repeat, timeout=timeout)[
        0.0
    ]


# --- What moving data costs ----------------------------------------------------


def payload_sizes(smallest: int, largest: int, factor: int = 4) -> list[int]:
    """Sizes from *smallest* to *largest* bytes, each *factor* times the last.

    >>> payload_sizes(1024, 64 * 1024)
    [1024, 4096, 16384, 65536]
    """
    smallest = check_int("smallest", smallest, minimum=1)
    largest = check_int("largest", largest, minimum=smallest)
    factor = check_int("factor", factor, minimum=2)
    sizes = []
    size = smallest
    while size <= largest:
        sizes.append(size)
        size *= factor
    return sizes


def echo(data: bytes) -> bytes:
    """Return *data* unchanged: a task whose whole cost is moving its data.

    >>> echo(b"abc")
    b'abc'
    """
    if not isinstance(data, bytes):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    return data


def checksum(data: bytes) -> int:
    """Adler-32 checksum of *data*: fast work, far cheaper than sending it.

    >>> checksum(b"abc")
    38600999
    """
    if not isinstance(data, bytes):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    return zlib.adler32(data)


def _pickle_round_trip(data: bytes) -> None:
    pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def pickle_seconds(size: int, *, repeat: int = 5) -> float:
    """Median seconds to pickle and unpickle *size* bytes in this process.

    >>> pickle_seconds(1024, repeat=1) >= 0
    True
    """
    size = check_int("size", size, minimum=1)
    return wall_time(_pickle_round_trip, bytes(size), repeat=repeat)


def round_trip_seconds(
    pool: Pool, size: int, *, repeat: int = 5, timeout: float = 60.0
) -> float:
    """Median seconds to send *size* bytes to a pool worker and get them back.

    The worker runs :func:`echo`, so the time is all overhead: pickling the
    argument, the pipe to the worker, unpickling there, and the same again for
    the result. Warm the pool up before calling this.
    """
    if not isinstance(pool, Pool):
        raise TypeError(
            f"pool must be a multiprocessing Pool, not {type(pool).__name__}"
        )
    size = check_int("size", size, minimum=1)
    check_seconds("timeout", timeout)
    data = bytes(size)

    def send() -> None:
        if len(pool.apply_async(echo, (data,)).get(timeout=timeout)) != size:
            raise RuntimeError("the worker sent back a different payload")

    return wall_time(send, repeat=repeat)
