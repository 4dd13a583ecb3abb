"""The statistic every timing comparison on the site and in the bench uses."""

import pytest

from mpdocs.spread import Spread, compare


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
    ("low", "high", "verdict"),
    [(1.8, 1.9, "met"), (1.7, 1.79, "missed"), (1.7, 1.9, "too close")],
)
def test_a_target_is_judged_on_the_whole_spread(low, high, verdict) -> None:
    assert Spread((low + high) / 2, low, high, 5).against(1.8) == verdict


def test_overlapping_spreads_are_too_close_to_call() -> None:
    fast, slow = Spread(2.0, 1.9, 2.1, 5), Spread(1.0, 0.9, 1.1, 5)
    assert (compare(fast, slow), compare(slow, fast)) == (1, -1)
    assert compare(fast, Spread(1.95, 1.85, 2.0, 5)) == 0
