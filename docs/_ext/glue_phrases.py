"""A glued Markdown value is a phrase, never a sentence: at most 20 words.

Pages glue numbers and short comparison phrases into sentences written in
their Markdown (:mod:`mpdocs.glue`). A longer ``text/markdown`` value would be
prose written in Python, which a contributor cannot find in the page, so the
build warns (an error under ``-W``) and names the key.
"""

from __future__ import annotations

import json
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

MAX_WORDS = 20


def long_phrases(glue_data: dict[str, dict[str, object]]) -> dict[str, int]:
    """The keys of glued Markdown values over MAX_WORDS words, with their length.

    >>> long_phrases({"a": {"data": {"text/markdown": "1.9x (1.8-2.0)"}}})
    {}
    >>> long_phrases({"b": {"data": {"text/markdown": "word " * 21}}})
    {'b': 21}
    """
    found = {}
    for key, output in glue_data.items():
        data = output.get("data", {})
        text = data.get("text/markdown") if isinstance(data, dict) else None
        if isinstance(text, str) and len(text.split()) > MAX_WORDS:
            found[key] = len(text.split())
    return found


def check_page(app: Sphinx, doctree: nodes.document) -> None:
    """Warn for each long glued Markdown value of the page just read."""
    docname = app.env.docname
    # myst-nb writes each executed page's glue data beside its notebook.
    glued = Path(app.outdir).parent / "jupyter_execute" / f"{docname}.glue.json"
    if (
        not glued.exists()
        or glued.stat().st_mtime < app.env.doc2path(docname).stat().st_mtime
    ):
        return
    for key, words in long_phrases(
        json.loads(glued.read_text(encoding="utf-8"))
    ).items():
        logger.warning(
            "glued Markdown %r has %d words, more than %d: write the sentence "
            "in the page and glue only its values",
            key,
            words,
            MAX_WORDS,
            location=docname,
        )


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("doctree-read", check_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
