"""mpdocs.diffs: which lines changed between two versions of a file."""

from __future__ import annotations

import pytest

from mpdocs.diffs import LineChange, changed_lines, unified_diff


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
