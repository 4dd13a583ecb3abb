"""How many CPUs a pool of busy workers really gets: a probe for the pages.

The build machine is shared, so a speed-up measured on it may be held back by
other programs rather than by the code. The performance pages run
:func:`pool_busy_cpus` before and after an example and choose their wording
from the lower reading (:func:`machine_was_quiet`), and never rank two
speed-ups that are :func:`too_close_to_call`.
"""

from __future__ import annotations

import time
from multiprocessing.context import BaseContext

from mpguide.workers import count_primes


def cpu_seconds(limit: int) -> float:
    """``count_primes(limit)``, returning the CPU seconds it used."""
    start = time.process_time()
    count_primes(limit)
    return time.process_time() - start


def pool_busy_cpus(
    ctx: BaseContext, workers: int, *, limit: int = 200_000, timeout: float = 60.0
) -> float:
    """CPUs a warm pool of *workers* busy workers kept busy just now.

    Two ``count_primes(limit)`` tasks per worker keep every worker computing;
    their CPU time over the wall-clock time is the number of CPUs they had.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    with ctx.Pool(workers) as pool:
        warm_up = pool.map_async(count_primes, [10_000] * (2 * workers), chunksize=1)
        warm_up.get(timeout)
        start = time.perf_counter()
        used = pool.map_async(cpu_seconds, [limit] * (2 * workers), chunksize=1)
        busy = sum(used.get(timeout)) / (time.perf_counter() - start)
        pool.close()
        pool.join()
    return busy


def machine_was_quiet(busy: float, workers: int) -> bool:
    """True when *workers* busy workers got at least 85% of a CPU each.

    >>> machine_was_quiet(1.9, 2), machine_was_quiet(1.2, 2)
    (True, False)
    """
    return busy >= 0.85 * workers


def too_close_to_call(a: float, b: float, margin: float = 0.15) -> bool:
    """True when two speed-ups differ by less than *margin* (15%) of the smaller.

    On a shared build machine a smaller difference says more about the other
    programs than about the models, so pages say "too close to call".

    >>> too_close_to_call(1.0, 1.1), too_close_to_call(1.0, 1.5)
    (True, False)
    """
    return max(a, b) < (1 + margin) * min(a, b)
