"""The figures' axes: what a reader reads off them."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from mpdocs.plots import spread_lines
from mpdocs.spread import Spread

FRAME = {"title": "t", "ylabel": "seconds", "stamp": "machine", "xlabel": "workers"}


def _ticks(xs: list[float]) -> list[float]:
    line = {x: Spread.of([1.0 + x, 1.5 + x, 2.0 + x]) for x in xs}
    figure = spread_lines({"a": line}, **FRAME)
    try:
        axes = figure.axes[0]
        low, high = axes.get_xlim()
        return [t for t in axes.get_xticks() if low <= t <= high]
    finally:
        plt.close(figure)


def test_counts_get_whole_ticks() -> None:
    ticks = _ticks([1, 2])
    assert ticks, "no ticks"
    assert all(float(t).is_integer() for t in ticks), ticks


@pytest.mark.parametrize("xs", [[0.5, 1.0], [0.25, 0.75]])
def test_fractions_keep_their_ticks(xs: list[float]) -> None:
    assert not all(float(t).is_integer() for t in _ticks(xs))
