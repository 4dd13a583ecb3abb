from __future__ import annotations

import math

import pytest

from mpguide.checks import check_int, check_seconds, check_str


def test_check_int() -> None:
    assert check_int("n", 0) == 0
    assert check_int("n", 5, minimum=5) == 5
    with pytest.raises(ValueError, match="n must be >= 1, got 0"):
        check_int("n", 0, minimum=1)
    for bad in (True, 1.0, "1", None):
        with pytest.raises(TypeError, match="n must be an int, not "):
            check_int("n", bad)


def test_check_seconds() -> None:
    assert check_seconds("t", 0.25) == 0.25
    assert check_seconds("t", 0, allow_zero=True) == 0
    with pytest.raises(ValueError, match=r"t must be a finite number > 0, got 0"):
        check_seconds("t", 0)
    for bad in (-1, math.inf, math.nan):
        with pytest.raises(ValueError, match="t must be a finite number"):
            check_seconds("t", bad, allow_zero=True)
    with pytest.raises(TypeError, match="t must be a number, not bool"):
        check_seconds("t", False)


def test_check_str() -> None:
    assert check_str("s", "x") == "x"
    with pytest.raises(TypeError, match="s must be a str, not int"):
        check_str("s", 1)


def test_check_int_without_minimum_accepts_negatives() -> None:
    assert check_int("x", -3, minimum=None) == -3
