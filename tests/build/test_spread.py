"""The statistic and the one comparison rule every page and the bench use."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpdocs.spread import TOO_CLOSE, Spread, clearly, condition, phrase

rounds = st.lists(
    st.floats(min_value=0.01, max_value=500, allow_nan=False), min_size=1, max_size=9
)
QUOTED = re.compile(
    r"^(?P<median>[\d.]+)\u00d7 \((?P<low>[\d.]+)\u2013(?P<high>[\d.]+) "
    r"over (?P<rounds>\d+) rounds\)(?P<close>: " + TOO_CLOSE + ")?$"
)


@given(rounds)
def test_the_phrase_calls_a_ratio_exactly_when_its_quoted_range_excludes_1(
    values: list[float],
) -> None:
    said = QUOTED.match(phrase(Spread.of(values)))
    assert said is not None
    low, high = float(said["low"]), float(said["high"])
    assert low <= float(said["median"]) <= high
    assert int(said["rounds"]) == len(values)
    assert (said["close"] is None) == (low > 1 or high < 1)


@given(rounds, st.floats(min_value=0.1, max_value=100))
def test_no_target_is_claimed_missed_on_a_busy_machine(
    values: list[float], target: float
) -> None:
    assert Spread.of(values).against(target, "busy") != "missed"


@given(rounds, st.floats(min_value=0.1, max_value=100))
def test_a_verdict_agrees_with_the_range(values: list[float], target: float) -> None:
    spread = Spread.of(values)
    verdict = spread.against(target)
    assert (verdict == "met") == (spread.low >= target)
    assert (verdict == "missed") == (spread.high < target)


@given(rounds, rounds)
def test_clearly_is_antisymmetric_and_means_no_overlap(
    a_values: list[float], b_values: list[float]
) -> None:
    a, b = Spread.of(a_values), Spread.of(b_values)
    assert clearly(a, b) == -clearly(b, a)
    assert (clearly(a, b) == 0) == (a.low <= b.high and b.low <= a.high)


def test_one_disturbed_round_among_five_does_not_move_the_spread() -> None:
    quiet = Spread.of([1.93, 1.91, 1.95, 1.92, 1.94])
    disturbed = Spread.of([1.93, 1.91, 1.95, 1.92, 1.10])
    assert (disturbed.low, disturbed.high) == (1.91, 1.93)
    assert quiet.against(1.8) == disturbed.against(1.8) == "met"


def test_few_rounds_keep_every_round_in_the_spread() -> None:
    assert Spread.of([3.0, 1.0, 2.0]) == Spread(2.0, 1.0, 3.0, 3)


def test_ratio_pairs_rounds_and_refuses_uneven_lists() -> None:
    assert Spread.ratio([4.0, 6.0], [2.0, 2.0]) == Spread(2.5, 2.0, 3.0, 2)
    with pytest.raises(ValueError, match="rounds differ"):
        Spread.ratio([1.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="no measurements"):
        Spread.of([])


@pytest.mark.parametrize(
    ("usable", "busy", "expected"),
    [
        (1, None, "one-cpu"),
        (1, 0.5, "one-cpu"),
        (2, 1.7, "quiet"),
        (2, 1.69, "busy"),
        (4, None, "quiet"),
    ],
)
def test_the_builder_condition(usable: int, busy: float | None, expected: str) -> None:
    assert condition(usable, busy) == expected
