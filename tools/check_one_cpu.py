"""Check that the site built on one usable CPU says so where it matters.

Usage: python tools/check_one_cpu.py [HTML_DIR] [--config tools/one_cpu.json]

Run by ``.ci/run`` right after the build pinned to one CPU (``taskset -c 0``).
For each page listed in the config (``tools/one_cpu.json``) it reads the built
HTML and fails when

* the page is missing, or its machine stamp does not say it had one usable
  CPU (the build was not pinned, so the check would prove nothing);
* a required phrase is absent: the page no longer tells the reader that
  this build had one CPU and what that means;
* a forbidden phrase is present (a speed-up claimed "on N CPUs");
* a required phrase also occurs in the page's own prose or in an example it
  shows: then it would match on any build, and the check would be hollow.

The phrases live in the config, not here, so that whoever rewords a page can
follow it there.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lint_docs import NAMED, page_counts

CONFIG = ROOT / "tools" / "one_cpu.json"


@dataclass(frozen=True)
class Rules:
    stamp: str
    pages: dict[str, list[str]]
    forbid: list[str]

    @classmethod
    def load(cls, path: Path = CONFIG) -> Rules:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["stamp"], data["pages"], data.get("forbid", []))


def visible_text(page_html: str) -> str:
    """The text a reader sees: no tags, scripts or styles; whitespace collapsed."""
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", page_html)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return re.sub(r"\s+", " ", text).strip()


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, re.IGNORECASE)


def static_text(page: str, root: Path) -> str:
    """The page's own prose and the examples it names: what any build shows."""
    source = root / "docs" / f"{page}.md"
    if not source.exists():
        return ""
    text = source.read_text(encoding="utf-8")
    parts = list(page_counts(text).prose_lines)
    for name in sorted(set(NAMED.findall(text))):
        example = root / "examples" / name
        if example.is_file():
            parts.append(example.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", "\n".join(parts))


def problems(html_dir: Path, rules: Rules, root: Path = ROOT) -> list[str]:
    found = []
    for page, required in sorted(rules.pages.items()):
        built = html_dir / f"{page}.html"
        if not built.is_file():
            found.append(f"{page}: no {built} (renamed? update tools/one_cpu.json)")
            continue
        text = visible_text(built.read_text(encoding="utf-8"))
        if not _search(rules.stamp, text):
            found.append(
                f"{page}: the stamp does not match {rules.stamp!r}: "
                "this HTML was not built with one usable CPU"
            )
            continue
        static = static_text(page, root)
        for pattern in required:
            if _search(pattern, static):
                found.append(
                    f"{page}: {pattern!r} is in the page's prose or examples, so "
                    "it proves nothing: require a phrase only the build writes"
                )
            elif not _search(pattern, text):
                found.append(
                    f"{page}: built on one CPU, but says nothing matching {pattern!r}"
                )
        for pattern in rules.forbid:
            if match := _search(pattern, text):
                found.append(f"{page}: claims a parallel gain on one CPU: {match[0]!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "html", nargs="?", type=Path, default=ROOT / "docs" / "_build" / "html"
    )
    parser.add_argument("--config", type=Path, default=CONFIG)
    options = parser.parse_args(argv)
    rules = Rules.load(options.config)
    found = problems(options.html, rules)
    for problem in found:
        print(problem)
    print(f"check_one_cpu: {len(rules.pages)} page(s) checked, {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
