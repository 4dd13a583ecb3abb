"""Check that examples and pages stay in step.

Usage: python tools/lint_docs.py

* every script under examples/ is shown or run by at least one page;
* every example a page names (``show_example("x.py")``, ``examples/x.py``)
  exists;
* no caption says "(excerpt)" itself: the stylesheet adds it to every block
  marked ``:class: fragment``, so a typed one shows twice.

Pages missing from every toctree and broken MyST syntax are caught by the
``lint`` session's Sphinx pass (``-b dummy``, execution off, warnings as errors).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
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
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    print(f"lint_docs: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
