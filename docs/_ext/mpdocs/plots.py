"""The site's two kinds of figure, drawn from spreads: bars and lines.

Every plot shows a measurement the way the prose quotes it: the median, with
bars from the lowest to the highest middle round (:class:`mpdocs.spread.Spread`),
and names in its title the machine that made it. A page draws a figure in a
hidden cell of its own, so its output box holds nothing else to scroll or crop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from mpdocs.spread import Spread, error_bars

__all__ = ["spread_bars", "spread_lines"]

#: Reference lines: a label and either one y value (a horizontal line) or the
#: points (xs, ys) of a curve.
References = Mapping[str, float | tuple[Sequence[float], Sequence[float]]]


def _finish(
    fig: Figure, ax: Axes, title: str, stamp: str, references: References
) -> Figure:
    for style, (label, ref) in zip(("--", ":", "-."), references.items(), strict=False):
        if isinstance(ref, tuple):
            ax.plot(*ref, style, color="grey", label=label)
        else:
            ax.axhline(ref, linestyle=style, color="grey", label=label)
    ax.legend(fontsize=8)
    ax.set_title(f"{title}\n{stamp}", fontsize=9)
    return fig


def spread_bars(
    spreads: Mapping[str, Spread],
    *,
    title: str,
    ylabel: str,
    stamp: str,
    log: bool = False,
    references: References | None = None,
) -> Figure:
    """One bar per label at its median, with its middle-round spread.

    With *log*, the y axis is logarithmic, for bars of different magnitudes.
    """
    fig, ax = plt.subplots(figsize=(6.4, 4), layout="constrained")
    ax.bar(
        list(spreads),
        [s.median for s in spreads.values()],
        yerr=error_bars(spreads.values()),
        capsize=4,
        color="tab:blue",
        label="median, middle rounds",
    )
    ax.set_ylabel(ylabel)
    if log:
        ax.set_yscale("log")
    ax.tick_params(axis="x", labelrotation=15)
    return _finish(fig, ax, title, stamp, references or {})


def spread_lines(
    series: Mapping[str, Mapping[float, Spread]],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    stamp: str,
    log: bool = False,
    references: References | None = None,
) -> Figure:
    """One line per series: its points' medians, with their middle-round spread."""
    fig, ax = plt.subplots(figsize=(6.4, 4.2), layout="constrained")
    for label, points in series.items():
        xs = sorted(points)
        ax.errorbar(
            xs,
            [points[x].median for x in xs],
            yerr=error_bars(points[x] for x in xs),
            fmt="o-",
            capsize=3,
            label=label,
        )
    ax.set(xlabel=xlabel, ylabel=ylabel)
    if log:
        ax.set(xscale="log", yscale="log")
    return _finish(fig, ax, title, stamp, references or {})
