"""Check that the site built on one usable CPU says so where it matters.

Usage: python tools/check_one_cpu.py [HTML_DIR]

Run by ``.ci/run`` right after the build pinned to one CPU (``taskset -c 0``).
Every page whose Markdown holds a ```` ```{builder-note} one-cpu ```` note
measures something that needs more than one CPU; the note, written in the
page, tells the reader what one CPU means for the numbers below it. The check
fails when

* no page has such a note (then it would prove nothing);
* one of those pages is missing from the build, or its machine stamp does not
  say it had one usable CPU (the build was not pinned);
* one of those pages does not show its one-CPU note, or shows its busy note
  instead (the page's ``glue_condition()`` did not see what the build was).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTE = re.compile(r"^ {0,3}(`{3,}|:{3,})\{builder-note\}\s+one-cpu\b", re.MULTILINE)
#: The machine stamp under every example's output on a one-CPU build.
STAMP = re.compile(r"\b1 usable CPU\b")


def noted_pages(docs: Path) -> list[str]:
    """The pages that carry a one-CPU builder note in their Markdown."""
    return sorted(
        page.stem
        for page in docs.glob("*.md")
        if NOTE.search(page.read_text(encoding="utf-8"))
    )


def problems(html_dir: Path, docs: Path = ROOT / "docs") -> list[str]:
    pages = noted_pages(docs)
    if not pages:
        return [f"no page in {docs} has a one-cpu builder note: nothing to check"]
    found = []
    for page in pages:
        built = html_dir / f"{page}.html"
        if not built.exists():
            found.append(f"{page}: not built")
            continue
        text = built.read_text(encoding="utf-8")
        if not STAMP.search(text):
            found.append(f"{page}: no '1 usable CPU' stamp: was the build pinned?")
        if "builder-one-cpu" not in text:
            found.append(f"{page}: its one-cpu builder note is not shown")
        if "builder-busy" in text:
            found.append(f"{page}: shows the busy note on a one-CPU build")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", nargs="?", type=Path, default=ROOT / "docs/_build/html")
    options = parser.parse_args()
    found = problems(options.html)
    for problem in found:
        print(problem)
    print(
        f"check_one_cpu: {len(noted_pages(ROOT / 'docs'))} page(s), {len(found)} problem(s)"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
