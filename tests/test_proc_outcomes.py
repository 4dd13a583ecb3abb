"""The sentences the tutorial and the start-methods page choose from their numbers."""

from __future__ import annotations

import pytest

from mpdocs.proc_outcomes import pool_outcome, start_cost_outcome


def test_pool_outcome_clear_gain() -> None:
    text = pool_outcome(4, serial=3.0, pool=1.0)
    assert text.startswith("With 4 usable CPUs, the pool finished the same work 3.00")


@pytest.mark.parametrize(
    ("pool", "verdict"),
    [(1.0, "too close to call"), (0.9, "too close to call"), (2.0, "was slower")],
)
def test_pool_outcome_no_clear_gain(pool: float, verdict: str) -> None:
    text = pool_outcome(2, serial=1.0, pool=pool)
    assert verdict in text
    assert "expect a clear gain" in text


def test_pool_outcome_more_than_one_per_cpu() -> None:
    assert "slowed the serial run" in pool_outcome(2, serial=2.5, pool=1.0)


def test_pool_outcome_one_cpu() -> None:
    assert "only one CPU" in pool_outcome(1, serial=1.0, pool=1.1)


def test_start_cost_outcome_orders_and_compares() -> None:
    text = start_cost_outcome({"spawn": 0.05, "forkserver": 0.011, "fork": 0.01})
    assert text == (
        "*fork* was the fastest; *forkserver* was too close to call "
        "(1.1 times as long), and *spawn* took 5.0 times as long."
    )


def test_start_cost_outcome_single_method() -> None:
    assert (
        start_cost_outcome({"spawn": 0.05}) == "*spawn* is the only start method here."
    )
