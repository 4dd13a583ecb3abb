"""The sentence the tutorial chooses from its pool numbers.

The typed-in cases test each branch's edge; the recorded runs at the end feed
``pool_outcome`` what ``first_pool.py`` measured on each recorded machine.
"""

from __future__ import annotations

import pytest
from recorded import CONDITIONS, ONE_CPU, inputs, results

from mpdocs.proc_outcomes import pool_outcome


def test_pool_outcome_clear_gain() -> None:
    text = pool_outcome(4, serial=3.0, pool=1.0)
    assert text.startswith("With 4 usable CPUs, the pool finished the same work 3.00")
    assert "counting the time to start" in pool_outcome(2, serial=1.3, pool=1.0)


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


# Recorded runs of first_pool.py (tools/record_runs.py): the verdict the
# numbers call for, worked out here, so any new recording still passes.


@pytest.mark.parametrize("condition", CONDITIONS)
def test_recorded_pool_outcome(condition: str) -> None:
    run = results(condition, "first_pool")
    assert run["workers"] == inputs(condition, "first_pool")["usable"]
    text = pool_outcome(**run)
    ratio = run["serial"] / run["pool"]
    assert f"{ratio:.2f} time" in text
    if run["workers"] == 1:
        assert condition == ONE_CPU
        assert "only one CPU" in text
        return
    assert condition != ONE_CPU
    assert ("slowed the serial run" in text) == (ratio > run["workers"])
    assert ("counting the time to start" in text) == (1.25 <= ratio <= run["workers"])
    assert ("too close to call" in text) == (1 / 1.25 < ratio < 1.25)
    assert ("the pool was slower" in text) == (ratio <= 1 / 1.25)
