"""The plots of the "Measuring speed-up" page, drawn from its examples' results.

Each plot names the machine that made it in its title, and shows a speed-up
with the statistic :mod:`mpdocs.spread` defines, as the page's sentences do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import matplotlib.pyplot as plt

from mpdocs.measuring_text import amdahl_limit, amdahl_spreads
from mpdocs.spread import error_bars

__all__ = ["amdahl_figure", "payload_figure"]


def amdahl_figure(results: Mapping[str, Any], stamp: str) -> Any:
    """The measured speed-ups (median, middle-round bars) on Amdahl's curve."""
    n = results["workers"]
    spreads = amdahl_spreads(results)
    fig, ax = plt.subplots(figsize=(6.4, 4))
    grid = [i / 100 for i in range(101)]
    ax.plot(
        grid,
        [amdahl_limit(s, n) for s in grid],
        "-",
        color="grey",
        label=f"Amdahl: 1 / (s + (1 - s) / {n})",
    )
    medians = [x.median for x in spreads.values()]
    bars = error_bars(spreads.values())
    ax.errorbar(
        list(spreads),
        medians,
        yerr=bars,
        fmt="o",
        markersize=8,
        capsize=4,
        label="measured (median, middle rounds)",
    )
    ax.set_xlabel("serial fraction s")
    ax.set_ylabel(f"speed-up with {n} worker{'s' if n != 1 else ''}")
    ax.set_ylim(0, max(n, *(x.high for x in spreads.values())) * 1.15)
    ax.legend(loc="upper right")
    ax.set_title(
        f"{4 * n} tasks of count_primes({results['limit']})\n{stamp}", fontsize=9
    )
    fig.tight_layout()
    return fig


def payload_figure(results: Mapping[str, Any], stamp: str) -> Any:
    """Round trip through a worker and pickling alone, by payload size."""
    fig, ax = plt.subplots(figsize=(6.4, 4))
    sizes = results["sizes"]
    ax.loglog(
        sizes,
        results["round_trip_seconds"],
        "o-",
        label="round trip through a pool worker",
    )
    ax.loglog(
        sizes, results["pickle_seconds"], "s--", label="pickle + unpickle, same process"
    )
    ax.set_xlabel("payload size (bytes)")
    ax.set_ylabel("seconds (median)")
    ax.legend(loc="upper left")
    ax.set_title(f"Cost of moving bytes to a worker and back\n{stamp}", fontsize=9)
    fig.tight_layout()
    return fig
