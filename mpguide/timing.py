"""Wall-clock timing and speed-up ratios.

Absolute times on a shared build machine are noisy; the guide therefore
compares times measured in the same run, as ratios.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any, TypeVar

from mpguide.checks import check_int, check_seconds

__all__ = ["speedup", "timed", "wall_time"]

T = TypeVar("T")


def wall_time(
    func: Callable[..., Any], /, *args: Any, repeat: int = 3, **kwargs: Any
) -> float:
    """Call ``func(*args, **kwargs)`` *repeat* times; return the median seconds.

    The median of a few runs resists the odd slow run caused by the machine
    doing something else, without hiding a consistently slow result.

    >>> wall_time(sum, range(10), repeat=1) >= 0
    True
    """
    if not callable(func):
        raise TypeError(f"func must be callable, not {type(func).__name__}")
    check_int("repeat", repeat, minimum=1)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed(func: Callable[..., T], /, *args: Any, **kwargs: Any) -> tuple[T, float]:
    """Call ``func(*args, **kwargs)`` once; return its result and the seconds taken.

    >>> result, seconds = timed(sum, [1, 2, 3])
    >>> result
    6
    """
    if not callable(func):
        raise TypeError(f"func must be callable, not {type(func).__name__}")
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - start


def speedup(baseline_seconds: float, candidate_seconds: float) -> float:
    """How many times faster the candidate ran than the baseline.

    >>> speedup(4.0, 2.0)
    2.0
    """
    check_seconds("baseline_seconds", baseline_seconds)
    check_seconds("candidate_seconds", candidate_seconds)
    return baseline_seconds / candidate_seconds
