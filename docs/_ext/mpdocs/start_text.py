"""The start-methods page's sentence and chart, from ``start_method_costs.py --json``.

The example times batches of do-nothing children, the start methods taking
turns round after round. Each round gives every method a cost relative to the
fastest one in that same round; the sentence reports the median of those
ratios with the range of the middle rounds (:mod:`mpdocs.spread`), and calls
a method too close to call when that range reaches 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.spread import TOO_CLOSE, Spread

Batches = Mapping[str, Sequence[float]]


def ratios(batches: Batches) -> tuple[str, dict[str, Spread]]:
    """The fastest method (by median) and every method's per-round cost ratio to it."""
    fastest = min(batches, key=lambda method: Spread.of(batches[method]).median)
    return fastest, {m: Spread.ratio(batches[m], batches[fastest]) for m in batches}


def start_cost_sentence(batches: Batches) -> str:
    """The methods from cheapest to dearest, each against the cheapest.

    >>> start_cost_sentence({"spawn": [0.05], "fork": [0.002], "forkserver": [0.02]})
    '*fork* was the cheapest; *forkserver* took 10.0 times as long per child, and *spawn* took 25.0 times as long per child.'
    """
    fastest, spreads = ratios(batches)
    others = sorted(
        (m for m in spreads if m != fastest), key=lambda m: spreads[m].median
    )
    if not others:
        return f"*{fastest}* is the only start method here."
    parts = []
    for method in others:
        spread = spreads[method]
        if spread.low > 1:
            part = f"*{method}* took {spread.median:.1f} times as long per child"
            if spread.rounds > 1:
                part += f" ({spread.low:.1f} to {spread.high:.1f} in the middle rounds)"
        else:
            part = f"*{method}* against *{fastest}* was {TOO_CLOSE} ({spread})"
        parts.append(part)
    return f"*{fastest}* was the cheapest; " + ", and ".join(parts) + "."


def plot_costs(batches: Batches, title: str) -> Any:
    """Horizontal bars: each method's median milliseconds per child, cheapest first."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 (only the docs build has it)

    medians = {m: Spread.of(b).median * 1000 for m, b in batches.items()}
    methods = sorted(medians, key=medians.__getitem__)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    bars = ax.barh(methods, [medians[m] for m in methods], color="#4c72b0")
    ax.bar_label(bars, fmt="%.1f ms", padding=3)
    ax.invert_yaxis()
    ax.set_xlabel("milliseconds to start and join one trivial child (median)")
    ax.set_title(f"Start-up cost per child\n{title}", fontsize=9)
    ax.margins(x=0.15)
    fig.tight_layout()
    return fig
