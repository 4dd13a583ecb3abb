"""Check every internal link and anchor in a built HTML site.

Usage: python tools/check_links.py docs/_build/html

External links (with a scheme such as https:) are not checked here; the
``linkcheck`` nox session hands them to Sphinx's linkcheck builder when online.
A link that starts with ``/`` (the 404 page has only such links, since a web
server sends it for any missing address) is checked from the site's root, as
when the folder is served at the root of a host.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        target = values.get("href") if tag in {"a", "link"} else values.get("src")
        if target and tag in {"a", "link", "img", "script"}:
            self.links.append((self.getpos()[0], target))


def broken_links(site: Path) -> list[str]:
    pages: dict[Path, _Page] = {}
    for path in sorted(site.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = page
    problems = []
    for path, page in pages.items():
        for line, link in page.links:
            parts = urlsplit(link)
            if (
                parts.scheme
                or parts.netloc
                or link.startswith(("mailto:", "javascript:"))
            ):
                continue
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            where = f"{path.relative_to(site.resolve())}:{line}: {link}"
            if not target.exists():
                problems.append(f"{where} -> missing file")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where} -> missing anchor #{parts.fragment}")
    return problems


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(sys.argv[1])
    if not (site / "index.html").is_file():
        print(f"no built site at {site} (index.html missing)", file=sys.stderr)
        return 2
    problems = broken_links(site)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} broken internal link(s) in {site}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
