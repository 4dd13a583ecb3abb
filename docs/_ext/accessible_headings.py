"""Give Sphinx's ``role="heading"`` captions the level ARIA requires.

Toctree captions (in the page and in furo's sidebar) are rendered as
``<p class="caption" role="heading">`` with no ``aria-level``, which screen
readers cannot place in the outline and axe reports as a critical issue. After
each HTML build this adds ``aria-level="2"`` wherever it is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx

_HEADING_WITHOUT_LEVEL = re.compile(r'role="heading"(?![^>]*aria-level)')


def add_levels(html: str) -> str:
    return _HEADING_WITHOUT_LEVEL.sub('role="heading" aria-level="2"', html)


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = add_levels(text)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("build-finished", _on_build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
