"""Repeated timings, their spread, and the one rule for calling a comparison.

Every page and the bench compare times the same way. Time each thing in
several *interleaved* rounds (A, B, A, B, ...), so that a burst of load from
another program hits both alike; take the per-round ratio; report its median
and its spread; and call a difference only when the spreads do not overlap.

The spread is the range of the middle rounds: all of them for up to four
rounds, and from the second-lowest to the second-highest for five or more, so
one round disturbed by another program cannot decide a verdict on its own.

This module also holds the one test of the builder: a machine with one usable
CPU, or one where busy workers got clearly less CPU than they asked for, is
not a quiet one, and its pages say so in a note (the ``builder-note``
directive) instead of rewording every sentence.

>>> s = Spread.of([1.9, 1.95, 1.2, 1.92, 1.93])
>>> s.median, s.low, s.high
(1.92, 1.9, 1.93)
>>> s.against(1.8)
'met'
>>> print(phrase(s))
1.92\N{MULTIPLICATION SIGN} (1.9\N{EN DASH}1.93 over 5 rounds)
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "PHRASE",
    "QUIET_SHARE",
    "TOO_CLOSE",
    "Condition",
    "Spread",
    "Verdict",
    "clearly",
    "condition",
    "error_bars",
    "number",
    "phrase",
]

#: What a comparison phrase ends with when the spread allows no verdict.
TOO_CLOSE = "too close to call on this machine"

#: What :func:`phrase` writes, found in any text: its numbers are
#: measurements, never Python versions or anything else to mark up.
PHRASE = re.compile(
    r"\d[\d.]*\N{MULTIPLICATION SIGN} \(\d[\d.]*\N{EN DASH}\d[\d.]* "
    r"over \d+ rounds\)(?:: " + TOO_CLOSE + r")?"
)

#: Busy workers must get this share of the CPUs they ask for, or the machine
#: counts as busy: 1.7 of 2 CPUs is quiet, 1.6 is not.
QUIET_SHARE = 0.85

Verdict = Literal["met", "missed", "too close", "not judged"]
Condition = Literal["quiet", "busy", "one-cpu"]


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

    def against(self, target: float, builder: Condition = "quiet") -> Verdict:
        """Whether the measurement reached *target*, judged on its spread.

        A busy builder's shortfall says more about the other programs than
        about the code, so it is "not judged", never "missed".

        >>> Spread(1.85, 1.7, 1.9, 5).against(1.8)
        'too close'
        >>> Spread(1.6, 1.5, 1.7, 5).against(1.8)
        'missed'
        >>> Spread(1.6, 1.5, 1.7, 5).against(1.8, "busy")
        'not judged'
        """
        if self.low >= target:
            return "met"
        if self.high >= target:
            return "too close"
        return "not judged" if builder == "busy" else "missed"

    def rounded(self) -> Spread:
        """The spread as :func:`phrase` prints it.

        >>> Spread(1.0004, 0.99951, 1.2, 5).rounded()
        Spread(median=1.0, low=1.0, high=1.2, rounds=5)
        """
        median, low, high = (
            float(number(v)) for v in (self.median, self.low, self.high)
        )
        return Spread(median, low, high, self.rounds)


#: A ratio's point of comparison: no difference at all.
EVEN = Spread(1.0, 1.0, 1.0, 1)


def clearly(a: Spread, b: Spread = EVEN) -> Literal[-1, 0, 1]:
    """1 when *a* is clearly larger than *b*, -1 when clearly smaller, else 0.

    "Clearly" means the two spreads do not overlap. Against the default *b*, a
    ratio is clear when its whole spread lies above 1 or below it.

    >>> clearly(Spread(2.0, 1.9, 2.1, 5), Spread(1.5, 1.4, 1.6, 5))
    1
    >>> clearly(Spread(2.0, 1.7, 2.1, 5), Spread(1.8, 1.6, 1.9, 5))
    0
    >>> clearly(Spread(0.5, 0.4, 0.6, 5))
    -1
    """
    if a.low > b.high:
        return 1
    if a.high < b.low:
        return -1
    return 0


def number(value: float) -> str:
    """A measured figure to three significant digits, whole from 100 up.

    >>> number(153.4), number(1.953), number(0.9104), number(1.2), number(1234.6)
    ('153', '1.95', '0.91', '1.2', '1235')
    """
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def phrase(ratio: Spread) -> str:
    """How every page quotes a ratio: median, spread, and whether it is clear.

    The phrase is a value for a sentence written in the page ("the pool took
    {glue:md}`k` the loop's time"), never a sentence of its own. It is judged
    on the figures it prints, so a reader checking the range against 1 always
    agrees with it.
    """
    shown = ratio.rounded()
    quoted = (
        f"{number(ratio.median)}\N{MULTIPLICATION SIGN} "
        f"({number(ratio.low)}\N{EN DASH}{number(ratio.high)} "
        f"over {ratio.rounds} rounds)"
    )
    return quoted if clearly(shown) else f"{quoted}: {TOO_CLOSE}"


def condition(usable_cpus: int, busy_cpus: float | None = None) -> Condition:
    """The builder's condition: one usable CPU, busy, or quiet.

    *busy_cpus* is how many CPUs a pool of *usable_cpus* busy workers got
    (:func:`mpdocs.cpus.pool_busy_cpus`); ``None`` when not probed.

    >>> condition(1), condition(2, 1.95), condition(2, 1.2), condition(2)
    ('one-cpu', 'quiet', 'busy', 'quiet')
    """
    if usable_cpus <= 1:
        return "one-cpu"
    if busy_cpus is not None and busy_cpus < QUIET_SHARE * usable_cpus:
        return "busy"
    return "quiet"


def error_bars(spreads: Iterable[Spread]) -> list[list[float]]:
    """Matplotlib's ``yerr`` for bars at the medians: down to low, up to high.

    >>> error_bars([Spread(2.0, 1.5, 2.25, 5)])
    [[0.5], [0.25]]
    """
    spreads = list(spreads)
    return [[s.median - s.low for s in spreads], [s.high - s.median for s in spreads]]
