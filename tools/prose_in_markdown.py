"""How much of each built page's prose is written in the page's Markdown.

A contributor rewords a page by editing ``docs/PAGE.md``. A sentence that a
Python helper wrote and glued in is not there, and cannot be edited there.
This tool reads every built ``PAGE.html`` with a ``docs/PAGE.md`` source,
takes the sentences of its body prose (paragraphs, list items, table cells,
headings; not code, executed output, or the build's install and download
lines), and looks for each in the Markdown.

A sentence is found when its words appear in the Markdown in order, where
the places a build fills in are allowed to differ: numbers, inline code,
link text (``{ref}`` and ``{doc}`` write titles the Markdown does not
spell out), glued text and the comparison phrases of
:func:`mpdocs.spread.phrase`.

    python3 tools/prose_in_markdown.py docs/_build/html --min-site 98 --min-page 95
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs" / "_ext"))

from mpdocs.spread import PHRASE

#: Elements whose whole content is not prose written by anyone.
SKIPPED = {"pre", "script", "style", "details", "nav", "button", "svg"}
#: Classes of elements whose content is not prose: executed output, and the
#: build's install and download lines, the same on every page.
SKIPPED_CLASSES = {"cell_output", "output", "mpguide-install-links", "headerlink"}
#: A block holding one of these is the build's own line, not the page's prose.
BOILERPLATE = "mpguide-download"
#: Inline content the build fills in: replaced by a gap.
FILLED = {"code", "a", "math"}
FILLED_CLASSES = {"pasted-text", "pasted-inline", "version"}
BLOCKS = {
    "p",
    "li",
    "dt",
    "dd",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "caption",
    "figcaption",
}
GAP = "\x00"
WORD = re.compile(r"[a-z]+")
#: How many Markdown words may lie between two pieces of one sentence (an
#: inline literal of a long message can hold many).
MAX_GAP = 60


class _Prose(HTMLParser):
    """Collects the text of prose blocks in the page's main article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._stack: list[tuple[str, str]] = []  # (tag, role) for open elements
        self._in_article = 0
        self._current: list[str] | None = None
        self._boilerplate = False

    def _role(self, tag: str, classes: set[str]) -> str:
        if tag in SKIPPED or classes & SKIPPED_CLASSES:
            return "skip"
        if tag in FILLED or classes & FILLED_CLASSES:
            return "fill"
        if tag in BLOCKS:
            return "block"
        return ""

    def _skipping(self) -> bool:
        return any(role in {"skip", "fill"} for _, role in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        if tag == "article":
            self._in_article += 1
        if tag in {"br", "img", "hr", "input", "meta", "link"}:
            return
        role = self._role(tag, classes)
        if BOILERPLATE in classes:
            self._boilerplate = True
        if role == "fill" and not self._skipping() and self._current is not None:
            self._current.append(GAP)
        if role == "block" and not self._skipping() and self._in_article:
            self._flush()
            self._current = []
        self._stack.append((tag, role))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        while self._stack:
            open_tag, role = self._stack.pop()
            if role == "block":
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._current is not None and not self._skipping():
            self._current.append(data)

    def _flush(self) -> None:
        if self._current is not None and not self._boilerplate:
            text = " ".join("".join(self._current).split())
            if text:
                self.blocks.append(text)
        self._current = None
        self._boilerplate = False


def sentences(html: str) -> list[str]:
    """The sentences of the page's body prose, build-filled places as gaps."""
    parser = _Prose()
    parser.feed(html)
    found = []
    for block in parser.blocks:
        text = PHRASE.sub(GAP, block)
        for sentence in re.split(r"(?<=[.!?:])\s+(?=[A-Z\u201c(])", text):
            if WORD.search(sentence.lower()):
                found.append(sentence)
    return found


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'"))


def markdown_words(markdown: str) -> list[str]:
    """The words of a page's Markdown, code cells and front matter left out."""
    markdown = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.DOTALL)
    markdown = re.sub(r"<!--.*?-->", "", markdown, flags=re.DOTALL)
    markdown = re.sub(
        r"^(`{3,})\{code-cell\}.*?^\1\s*$", "", markdown, flags=re.DOTALL | re.MULTILINE
    )
    return _words(markdown)


def found_in(sentence: str, words: list[str]) -> bool:
    """Whether the sentence's pieces appear in *words*, in order and close."""
    pieces = [_words(piece) for piece in sentence.split(GAP)]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return True
    text = " " + " ".join(words) + " "
    starts = [m.start() for m in re.finditer(" " + " ".join(pieces[0]) + " ", text)]
    for start in starts:
        position = start + len(" ".join(pieces[0])) + 1
        for piece in pieces[1:]:
            hit = text.find(" " + " ".join(piece) + " ", position)
            if hit < 0 or text.count(" ", position, hit) > MAX_GAP:
                break
            position = hit + len(" ".join(piece)) + 1
        else:
            return True
    return False


@dataclass
class PageProse:
    page: str
    total: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return (
            100.0
            if not self.total
            else 100.0 * (self.total - len(self.missing)) / self.total
        )


def survey(html_dir: Path, docs_dir: Path) -> list[PageProse]:
    """Every page's count of sentences and the ones not in its Markdown."""
    pages = []
    for source in sorted(docs_dir.glob("*.md")):
        built = html_dir / f"{source.stem}.html"
        if not built.exists():
            continue
        words = markdown_words(source.read_text(encoding="utf-8"))
        page = PageProse(source.stem)
        for sentence in sentences(built.read_text(encoding="utf-8")):
            page.total += 1
            if not found_in(sentence, words):
                page.missing.append(sentence.replace(GAP, "\u2026"))
        pages.append(page)
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", type=Path, help="the built HTML folder")
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    parser.add_argument("--min-site", type=float, default=0.0)
    parser.add_argument("--min-page", type=float, default=0.0)
    parser.add_argument("--show", action="store_true", help="list missing sentences")
    options = parser.parse_args()
    pages = survey(options.html, options.docs)
    total = sum(p.total for p in pages)
    missing = sum(len(p.missing) for p in pages)
    for page in pages:
        print(
            f"{page.page:24} {page.total - len(page.missing):5}/{page.total:<5} {page.share:6.1f} %"
        )
        if options.show:
            for sentence in page.missing:
                print(f"    not in the Markdown: {sentence}")
    site = 100.0 * (total - missing) / total if total else 100.0
    print(f"{'whole site':24} {total - missing:5}/{total:<5} {site:6.1f} %")
    low = [p.page for p in pages if p.share < options.min_page]
    if site < options.min_site or low:
        print(f"below the minimum: site {site:.1f} %, pages {low}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
