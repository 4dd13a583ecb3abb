"""Check that examples and pages stay in step.

Usage: python tools/lint_docs.py

* every script under examples/ is shown or run by at least one page;
* every example a page names (``show_example("x.py")``, ``examples/x.py``)
  exists;
* no caption says "(excerpt)" itself: the stylesheet adds it to every block
  marked ``:class: fragment``, so a typed one shows twice;
* every top-level example is a lesson a reader can copy: from the project it
  imports only names defined in a worker module of ``mpguide`` (one that
  imports no project code itself), and nothing from ``mpdocs`` or ``tools``
  (see ``mpdocs.sources.example_problems``);
* examples stay short: the median of ``examples/*.py`` is at most
  MEDIAN_LINES lines and none has more than MAX_LINES (``examples/original/``
  and ``examples/broken/`` are not counted).

Pages missing from every toctree and broken MyST syntax are caught by the
``lint`` session's Sphinx pass (``-b dummy``, execution off, warnings as errors).
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from mpdocs.sources import example_problems

#: PyMOTW-3 size: the median example is at most this many lines...
MEDIAN_LINES = 40
#: ...and none is longer than this (split a longer lesson in two).
MAX_LINES = 90
NAMED = re.compile(
    r"""(?:examples/|(?:show|run)_example\(\s*["'])([a-z_][\w/.-]*\.py)"""
)
TYPED_EXCERPT = re.compile(r"^:caption:.*\(excerpt\)\s*$", re.MULTILINE)


def problems(root: Path = ROOT) -> list[str]:
    scripts = {
        p.relative_to(root / "examples").as_posix()
        for p in (root / "examples").rglob("*.py")
    }
    named: dict[str, set[str]] = {}
    found = []
    for page in sorted((root / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for name in NAMED.findall(text):
            named.setdefault(name, set()).add(page.name)
        found += [
            f"{page.name}: {caption.strip()!r}: the stylesheet adds '(excerpt)'"
            for caption in TYPED_EXCERPT.findall(text)
        ]
    found += [
        f"examples/{name}: no page in docs/ shows or runs it"
        for name in sorted(scripts - set(named))
    ]
    found += [
        f"{', '.join(sorted(pages))}: names examples/{name}, which does not exist"
        for name, pages in sorted(named.items())
        if name not in scripts
    ]
    return found + lesson_problems(root)


def lesson_problems(root: Path = ROOT) -> list[str]:
    """What keeps the top-level examples from being short lessons to copy."""
    found = []
    lengths = {}
    for script in sorted((root / "examples").glob("*.py")):
        where = f"examples/{script.name}"
        text = script.read_text(encoding="utf-8")
        found += example_problems(text, root / "mpguide", where)
        lengths[where] = len(text.splitlines())
    found += [
        f"{where}: {count} lines, more than {MAX_LINES}: split the lesson in two"
        for where, count in lengths.items()
        if count > MAX_LINES
    ]
    if lengths and statistics.median(lengths.values()) > MEDIAN_LINES:
        found.append(
            f"examples/: the median example has "
            f"{statistics.median(lengths.values()):g} lines, more than {MEDIAN_LINES}"
        )
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    print(f"lint_docs: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
