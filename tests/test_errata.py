"""The errata page's worker (mpguide.errata) and diff helpers (mpdocs.errata)."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

from mpdocs.errata import LineChange, changed_lines, unified_diff
from mpguide.errata import square


@pytest.mark.parametrize(("x", "expected"), [(0, 0), (10, 100), (-3, 9)])
def test_square(x: int, expected: int) -> None:
    assert square(x) == expected


def test_square_works_in_a_spawned_pool() -> None:
    assert pickle.loads(pickle.dumps(square)) is square
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply_async(square, (10,)).get(timeout=60) == 100
        pool.close()
        pool.join()


def test_changed_lines_finds_each_replacement() -> None:
    assert changed_lines("a\nb\nc\nd\n", "a\nB\nc\nD\n") == [
        LineChange(2, "b", "B"),
        LineChange(4, "d", "D"),
    ]


def test_changed_lines_rejects_added_lines() -> None:
    with pytest.raises(ValueError, match="not a line-for-line edit"):
        changed_lines("a\n", "a\nb\n")


def test_unified_diff_shows_additions() -> None:
    diff = unified_diff("b\n", "a\nb\n", names=("old.py", "new.py"))
    assert diff.splitlines() == [
        "--- old.py",
        "+++ new.py",
        "@@ -1 +1,2 @@",
        "+a",
        " b",
    ]


def test_unified_diff_of_equal_texts_is_empty() -> None:
    assert unified_diff("a\n", "a\n") == ""
