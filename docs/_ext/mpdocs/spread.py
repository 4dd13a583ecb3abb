"""Repeated timings turned into a figure, its spread and a verdict.

Every page and the bench word a comparison of times the same way: time each
thing in several *interleaved* rounds (A, B, A, B, ...), so a burst of load
from another program hits both alike; take the per-round ratio; report its
median and its spread; and call a comparison only when the spread allows it.

The spread is the range of the middle rounds: all of them for up to four
rounds, and from the second-lowest to the second-highest for five or more, so
one round disturbed by another program cannot decide a verdict on its own.

>>> s = Spread.of([1.9, 1.95, 1.2, 1.92, 1.93])
>>> s.median, s.low, s.high
(1.92, 1.9, 1.93)
>>> s.against(1.8)
'met'
>>> str(s)
'1.92x (1.90x to 1.93x over 5 rounds)'
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = ["TOO_CLOSE", "Spread", "Verdict", "compare", "error_bars"]

#: How a page or the bench says that the spread allows no verdict.
TOO_CLOSE = "too close to call on this machine"

Verdict = Literal["met", "missed", "too close"]


@dataclass(frozen=True)
class Spread:
    """The median of repeated measurements and the range of the middle ones."""

    median: float
    low: float
    high: float
    rounds: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """The statistic of *values* (seconds, ratios, anything positive)."""
        if not values:
            raise ValueError("no measurements")
        ordered = sorted(values)
        middle = ordered[1:-1] if len(ordered) >= 5 else ordered
        return cls(statistics.median(ordered), middle[0], middle[-1], len(ordered))

    @classmethod
    def ratio(
        cls, numerators: Sequence[float], denominators: Sequence[float]
    ) -> Spread:
        """Per-round ``numerators[i] / denominators[i]``: interleaved rounds.

        For a speed-up, pass the serial times first and the parallel times
        second; each pair must come from the same round.

        >>> Spread.ratio([2.0, 2.2, 2.0], [1.0, 1.0, 1.25]).median
        2.0
        """
        if len(numerators) != len(denominators):
            raise ValueError(
                f"rounds differ: {len(numerators)} against {len(denominators)}"
            )
        return cls.of([n / d for n, d in zip(numerators, denominators, strict=True)])

    @property
    def relative_width(self) -> float:
        """The spread as a share of the median: 0.05 means +-2.5 %."""
        return (self.high - self.low) / self.median

    def against(self, target: float) -> Verdict:
        """Whether the measurement reached *target*, judged on its spread.

        >>> Spread(1.85, 1.7, 1.9, 5).against(1.8)
        'too close'
        >>> Spread(1.6, 1.5, 1.7, 5).against(1.8)
        'missed'
        """
        if self.low >= target:
            return "met"
        if self.high < target:
            return "missed"
        return "too close"

    def __str__(self) -> str:
        return (
            f"{self.median:.2f}x ({self.low:.2f}x to {self.high:.2f}x"
            f" over {self.rounds} rounds)"
        )


def compare(a: Spread, b: Spread) -> Literal[-1, 0, 1]:
    """1 when *a* is clearly larger than *b*, -1 when clearly smaller, else 0.

    "Clearly" means the two spreads do not overlap; 0 is "too close to call".

    >>> compare(Spread(2.0, 1.9, 2.1, 5), Spread(1.5, 1.4, 1.6, 5))
    1
    >>> compare(Spread(2.0, 1.7, 2.1, 5), Spread(1.8, 1.6, 1.9, 5))
    0
    """
    if a.low > b.high:
        return 1
    if a.high < b.low:
        return -1
    return 0


def error_bars(spreads: Iterable[Spread]) -> list[list[float]]:
    """Matplotlib's ``yerr`` for bars at the medians: down to low, up to high.

    >>> error_bars([Spread(2.0, 1.5, 2.25, 5)])
    [[0.5], [0.25]]
    """
    spreads = list(spreads)
    return [[s.median - s.low for s in spreads], [s.high - s.median for s in spreads]]
