"""The site's two kinds of figure, drawn from spreads: bars and lines.

Every plot shows a measurement the way the prose quotes it: the median, with
bars from the lowest to the highest middle round (:class:`mpdocs.spread.Spread`),
and names in its title the machine that made it. A page draws a figure in a
hidden cell of its own, so its output box holds nothing else to scroll or crop.
Both functions take the fields of :class:`Frame` as keyword arguments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from mpdocs.spread import Spread, error_bars

__all__ = ["Frame", "spread_bars", "spread_lines"]

#: Reference lines: a label and either one y value (a horizontal line) or the
#: points (xs, ys) of a curve.
References = Mapping[str, float | tuple[Sequence[float], Sequence[float]]]


@dataclass(frozen=True)
class Frame:
    """What surrounds the data: titles, axis labels, scale, reference lines."""

    title: str
    ylabel: str
    #: The machine that measured (mpdocs.machine_stamp), under the title.
    stamp: str
    xlabel: str = ""
    #: Logarithmic value axis (and, for lines, x axis): for wide ranges.
    log: bool = False
    references: References = field(default_factory=dict)

    def draw_on(self, fig: Figure, ax: Axes) -> Figure:
        for style, (label, ref) in zip(
            ("--", ":", "-."), self.references.items(), strict=False
        ):
            if isinstance(ref, tuple):
                ax.plot(*ref, style, color="grey", label=label)
            else:
                ax.axhline(ref, linestyle=style, color="grey", label=label)
        ax.set(xlabel=self.xlabel, ylabel=self.ylabel)
        ax.legend(fontsize=8)
        ax.set_title(f"{self.title}\n{self.stamp}", fontsize=9)
        return fig


def spread_bars(spreads: Mapping[str, Spread], **frame: Any) -> Figure:
    """One bar per label at its median, with its middle-round spread."""
    around = Frame(**frame)
    fig, ax = plt.subplots(figsize=(6.4, 4), layout="constrained")
    ax.bar(
        list(spreads),
        [s.median for s in spreads.values()],
        yerr=error_bars(spreads.values()),
        capsize=4,
        color="tab:blue",
        label="median, middle rounds",
    )
    if around.log:
        ax.set_yscale("log")
    ax.tick_params(axis="x", labelrotation=15)
    return around.draw_on(fig, ax)


def spread_lines(series: Mapping[str, Mapping[float, Spread]], **frame: Any) -> Figure:
    """One line per series: its points' medians, with their middle-round spread."""
    around = Frame(**frame)
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
    if around.log:
        ax.set(xscale="log", yscale="log")
    elif all(float(x).is_integer() for points in series.values() for x in points):
        # Counts (workers, CPUs): no tick between 1 and 2 labelled 1.5.
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return around.draw_on(fig, ax)
