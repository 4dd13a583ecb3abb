from __future__ import annotations

import math

import pytest

from mpguide.timing import speedup, timed, wall_time


def test_wall_time_calls_repeat_times_and_returns_a_duration() -> None:
    calls = []
    seconds = wall_time(calls.append, 1, repeat=5)
    assert calls == [1] * 5
    assert seconds >= 0


def test_wall_time_passes_keyword_arguments() -> None:
    seen = {}
    wall_time(seen.update, repeat=1, key="value")
    assert seen == {"key": "value"}


def test_wall_time_rejects_bad_arguments() -> None:
    with pytest.raises(TypeError, match="func must be callable"):
        wall_time(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="repeat must be >= 1, got 0"):
        wall_time(print, repeat=0)
    with pytest.raises(TypeError, match="repeat must be an int"):
        wall_time(print, repeat=2.0)  # type: ignore[arg-type]


def test_speedup_is_a_ratio() -> None:
    assert speedup(4.0, 2.0) == 2.0
    assert speedup(1, 4) == 0.25


@pytest.mark.parametrize("bad", [0, -1.0, math.inf, math.nan])
def test_speedup_rejects_non_positive_or_non_finite(bad: float) -> None:
    with pytest.raises(ValueError, match="must be a finite number > 0"):
        speedup(bad, 1.0)
    with pytest.raises(ValueError, match="candidate_seconds"):
        speedup(1.0, bad)


def test_speedup_rejects_non_numbers() -> None:
    with pytest.raises(TypeError, match="baseline_seconds must be a number, not str"):
        speedup("1", 1.0)  # type: ignore[arg-type]


def test_timed_returns_result_and_duration() -> None:
    result, seconds = timed(sorted, [3, 1, 2], reverse=True)
    assert result == [3, 2, 1]
    assert seconds >= 0
    with pytest.raises(TypeError, match="func must be callable"):
        timed("sorted")  # type: ignore[arg-type]
