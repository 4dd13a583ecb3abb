"""Unit tests for mpguide.errata."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

from mpguide.errata import LineChange, changed_lines, square, unified_diff


@pytest.mark.parametrize(("x", "expected"), [(0, 0), (10, 100), (-3, 9)])
def test_square(x: int, expected: int) -> None:
    assert square(x) == expected


@pytest.mark.parametrize("bad", [1.5, "10", None, True])
def test_square_rejects_non_int(bad: object) -> None:
    with pytest.raises(TypeError, match="x must be an int"):
        square(bad)  # type: ignore[arg-type]


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


@pytest.mark.parametrize(("original", "variant"), [(b"a", "a"), ("a", None)])
def test_changed_lines_rejects_non_str(original: object, variant: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        changed_lines(original, variant)  # type: ignore[arg-type]


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


def test_unified_diff_rejects_bad_names() -> None:
    with pytest.raises(TypeError, match="names must be a pair"):
        unified_diff("a", "b", names=("x",))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be a str"):
        unified_diff("a", 1)  # type: ignore[arg-type]
