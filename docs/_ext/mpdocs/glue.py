"""Values a page glues into sentences written in its own Markdown.

A page's hidden cell measures, then glues *values*: numbers (shown with
``{glue:text}`key:.2f```), and comparison phrases from
:func:`mpdocs.spread.phrase` (shown with ``{glue:md}`key```). The sentences
around them are the page's, so a contributor edits them in the ``.md`` file.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence

from myst_nb import glue as _glue

from mpdocs.cpus import pool_busy_cpus
from mpdocs.runner import Markdown
from mpdocs.spread import Condition, Spread, condition, phrase
from mpdocs.stamp import usable_cpus

__all__ = ["glue_condition", "glue_ratio", "glue_values", "probe_builder"]

#: Every busy-CPU reading this page has made; the lowest one counts.
_readings: list[float] = []


def glue_values(**values: object) -> None:
    """Glue each value under its keyword, for ``{glue:text}`` in the prose."""
    for key, value in values.items():
        _glue(key, value, display=False)


def glue_ratio(
    key: str, numerators: Sequence[float], denominators: Sequence[float]
) -> Spread:
    """Glue the per-round ratio's phrase under *key*, its median as *key*_x."""
    ratio = Spread.ratio(numerators, denominators)
    _glue(key, Markdown(phrase(ratio)), display=False)
    _glue(f"{key}_x", ratio.median, display=False)
    return ratio


def probe_builder() -> float | None:
    """Measure how many CPUs busy workers get now; None with one usable CPU.

    Call it before a page's long measurements; :func:`glue_condition`, after
    them, judges the page by the lowest reading.
    """
    usable = usable_cpus()
    if usable < 2:
        return None
    _readings.append(pool_busy_cpus(multiprocessing.get_context("spawn"), usable))
    return _readings[-1]


def glue_condition() -> Condition:
    """Probe once more and glue ``builder`` for the page's ``builder-note``.

    Call it once per page, after its measurements (a glue key may be set only
    once): the lowest reading of the page decides, so a page measured while
    the machine was busy says so even if it was quiet at the end. Also glues
    ``builder_cpus`` (usable CPUs) and ``builder_busy`` (CPUs that busy
    workers got, lowest reading).
    """
    usable = usable_cpus()
    probe_builder()
    busy = min(_readings, default=float(usable))
    found = condition(usable, busy if _readings else None)
    glue_values(builder=found, builder_cpus=usable, builder_busy=busy)
    return found
