"""Every sentence a reader sees is written in its page's Markdown.

A sentence built in Python and glued in is one a contributor cannot find in
``docs/PAGE.md``. ``tools/prose_in_markdown.py`` looks for each sentence of
the built site's body prose in its page's Markdown, with the places the build
fills in (numbers, inline code, link text, glued values, comparison phrases)
allowed to differ.
"""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT, SITE

_spec = importlib.util.spec_from_file_location(
    "prose_in_markdown", ROOT / "tools" / "prose_in_markdown.py"
)
assert _spec
assert _spec.loader
prose = importlib.util.module_from_spec(_spec)
sys.modules["prose_in_markdown"] = prose
_spec.loader.exec_module(prose)

#: Share of the whole site's sentences, and of each page's, that must be found.
SITE_SHARE, PAGE_SHARE = 98.0, 95.0


def test_the_sites_prose_is_written_in_its_markdown() -> None:
    pages = prose.survey(SITE, ROOT / "docs")
    assert pages, "no built page has a Markdown source"
    total = sum(page.total for page in pages)
    found = total - sum(len(page.missing) for page in pages)
    low = {page.page: page.missing for page in pages if page.share < PAGE_SHARE}
    assert 100.0 * found / total >= SITE_SHARE, (found, total)
    assert low == {}


def test_a_sentence_built_in_python_is_not_found() -> None:
    markdown = prose.markdown_words(
        "The pool took {glue:md}`ratio` as long as the loop.\n"
    )
    assert prose.found_in("The pool took \x00 as long as the loop.", markdown)
    assert not prose.found_in(
        "The pool was clearly faster than the loop on this machine.", markdown
    )
