"""Compare two versions of a file: which lines changed, and a unified diff.

The page runs the 2016 post's code exactly as published (kept verbatim in
``examples/original/``) next to variants that change one thing each. These
functions state *what* changed, from the files themselves, instead of
describing it by hand.
"""

from __future__ import annotations

import difflib
from typing import NamedTuple

__all__ = ["LineChange", "changed_lines", "unified_diff"]


class LineChange(NamedTuple):
    """One line replaced by another, at the same (1-based) line number."""

    number: int
    before: str
    after: str


def changed_lines(original: str, variant: str) -> list[LineChange]:
    """The lines *variant* replaces in *original*, when it only replaces lines.

    Raises ValueError if the variant adds or removes lines: then the change is
    not a line-for-line edit and :func:`unified_diff` should describe it.

    >>> changed_lines("a\\nb\\nc\\n", "a\\nB\\nc\\n")
    [LineChange(number=2, before='b', after='B')]
    >>> changed_lines("a\\n", "a\\n")
    []
    """
    before = original.splitlines()
    after = variant.splitlines()
    if len(before) != len(after):
        raise ValueError(
            f"variant has {len(after)} lines, original has {len(before)}: "
            "not a line-for-line edit"
        )
    return [
        LineChange(number, old, new)
        for number, (old, new) in enumerate(zip(before, after, strict=True), start=1)
        if old != new
    ]


def unified_diff(
    original: str, variant: str, *, names: tuple[str, str] = ("original", "variant")
) -> str:
    """A unified diff from *original* to *variant*, as ``diff -u`` prints it.

    >>> print(unified_diff("a\\nb\\n", "a\\nc\\n", names=("x", "y")), end="")
    --- x
    +++ y
    @@ -1,2 +1,2 @@
     a
    -b
    +c
    """
    lines = difflib.unified_diff(
        original.splitlines(keepends=True),
        variant.splitlines(keepends=True),
        fromfile=names[0],
        tofile=names[1],
    )
    return "".join(lines)
