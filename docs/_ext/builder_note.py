"""``builder-note``: a note, written in the page, shown only on some builders.

A performance page says once, at the top, when the machine that built it had
one usable CPU or was busy, instead of rewording every sentence. The page's
hidden cell glues ``builder`` (:func:`mpdocs.glue.glue_condition`); this
directive keeps its Markdown content only when that value matches its
first argument; the rest of the line is the note's title::

    ```{builder-note} one-cpu This page had one CPU
    This build could use one CPU, so ...
    ```

Title and text stay in the page, where a contributor edits them. A page with
no ``builder`` glue (not executed) shows no note.
"""

from __future__ import annotations

import ast

from docutils import nodes
from myst_nb.ext.glue.utils import RetrievalError, retrieve_glue_data
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

CONDITIONS = ("busy", "one-cpu")
TITLES = {
    "busy": "This build ran on a busy machine",
    "one-cpu": "This build had one CPU",
}


def page_condition(document: nodes.document) -> str | None:
    """The ``builder`` value this page glued, or None if it glued none."""
    try:
        glued = retrieve_glue_data(document, "builder")
    except RetrievalError:
        return None
    return str(ast.literal_eval(glued.data["text/plain"]))


class BuilderNote(SphinxDirective):
    required_arguments = 2
    final_argument_whitespace = True
    has_content = True

    def run(self) -> list[nodes.Node]:
        wanted, title = self.arguments
        if wanted not in CONDITIONS:
            raise self.error(f"builder-note takes one of {CONDITIONS}, not {wanted!r}")
        if page_condition(self.state.document) != wanted:
            return []
        note = nodes.admonition(classes=["builder-note", f"builder-{wanted}"])
        heading, _ = self.state.inline_text(title, self.lineno)
        note += nodes.title(title, "", *heading)
        self.state.nested_parse(self.content, self.content_offset, note)
        return [note]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("builder-note", BuilderNote)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
