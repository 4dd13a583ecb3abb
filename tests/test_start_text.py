"""The start-methods page's cost sentence, fed recorded start_method_costs.py runs.

The runs are ``tests/recorded/<condition>/start_method_costs.json``
(``tools/record_runs.py``): seconds per child, in batches where the start
methods take turns. Expectations are worked out here from the recorded
numbers; typed-in cases at the end test edge logic.
"""

from __future__ import annotations

import statistics

import pytest
from recorded import CONDITIONS, results

from mpdocs.spread import TOO_CLOSE, Spread
from mpdocs.start_text import ratios, start_cost_sentence


def _batches(condition: str) -> dict[str, list[float]]:
    data = results(condition, "start_method_costs")
    assert data["rounds"] == len(data["batches"]["spawn"])
    batches: dict[str, list[float]] = data["batches"]
    return batches


@pytest.mark.parametrize("condition", CONDITIONS)
def test_recorded_runs_are_ordered_and_quote_the_spread(condition: str) -> None:
    batches = _batches(condition)
    fastest = min(batches, key=lambda m: statistics.median(batches[m]))
    assert ratios(batches)[0] == fastest
    text = start_cost_sentence(batches)
    assert text.startswith(f"*{fastest}* was the cheapest; ")
    others = [m for m in batches if m != fastest]
    for method in others:
        per_round = Spread.of(
            [a / b for a, b in zip(batches[method], batches[fastest], strict=True)]
        )
        if per_round.low > 1:
            assert (
                f"*{method}* took {per_round.median:.1f} times as long per child "
                f"({per_round.low:.1f} to {per_round.high:.1f} in the middle rounds)"
            ) in text
        else:
            assert f"*{method}* against *{fastest}* was {TOO_CLOSE}" in text
    # Cheapest first: each method named after the ones with smaller medians.
    order = sorted(others, key=lambda m: ratios(batches)[1][m].median)
    assert [text.index(f"*{m}* ") for m in order] == sorted(
        text.index(f"*{m}* ") for m in order
    )


@pytest.mark.parametrize("condition", CONDITIONS)
def test_fork_is_cheapest_and_spawn_dearest_on_this_machine(condition: str) -> None:
    # A fact of Linux that every recording here shows by a wide margin; the
    # page's prose relies on it.
    fastest, spreads = ratios(_batches(condition))
    assert fastest == "fork"
    assert spreads["spawn"].low > spreads["forkserver"].high


# Typed-in edge cases: branches the recordings may not reach.


def test_edge_overlapping_methods_are_too_close_to_call() -> None:
    close = {"fork": [0.002, 0.003, 0.002], "forkserver": [0.0025, 0.0021, 0.0035]}
    text = start_cost_sentence(close)
    assert f"against *fork* was {TOO_CLOSE}" in text


def test_edge_one_method() -> None:
    assert (
        start_cost_sentence({"spawn": [0.05]})
        == "*spawn* is the only start method here."
    )
