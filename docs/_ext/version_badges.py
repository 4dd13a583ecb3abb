"""Mark every mention of a Python version in prose the same way.

"Since 3.8", "changed in 3.14", "Python 3.13": the guide names versions all
the time, and readers scan for them. This transform wraps each such mention
in running text in ``<span class="version">``, styled once in mpguide.css, so
version notes look alike on every page without authors having to mark them.
Code, literals, glued values and the comparison phrases of
:func:`mpdocs.spread.phrase` are left alone.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from mpdocs.spread import PHRASE

# 3.8 to 3.19 with an optional patch number and "+", not part of a longer
# number, a decimal (3.14x, 3.14%) or a dotted name.
VERSION = re.compile(
    r"(?<![\w.])(?:Python )?3\.(?:[89]|1\d)(?:\.\d+)?\+?(?![\w%\u00d7]|\.\d)"
)


class python_version(nodes.inline):
    """Docutils node classes are lowercase, like the ones docutils defines."""


def _visit(self: object, node: python_version) -> None:
    self.body.append('<span class="version">')  # type: ignore[attr-defined]


def _depart(self: object, node: python_version) -> None:
    self.body.append("</span>")  # type: ignore[attr-defined]


def version_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* names a Python version, outside measured ratios.

    >>> version_spans("Since 3.12, a 3.12\N{MULTIPLICATION SIGN} (3.1\N{EN DASH}3.13 over 5 rounds) gain")
    [(6, 10)]
    """
    phrases = [m.span() for m in PHRASE.finditer(text)]
    return [
        m.span()
        for m in VERSION.finditer(text)
        if not any(start <= m.start() < end for start, end in phrases)
    ]


class MarkVersions(SphinxTransform):
    default_priority = 900

    def apply(self, **kwargs: object) -> None:
        skip = (
            nodes.literal,
            nodes.literal_block,
            nodes.raw,
            nodes.reference,
            python_version,
        )
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if parent is None or any(
                isinstance(a, skip) or "pasted-text" in a.get("classes", [])
                for a in _ancestors(parent)
            ):
                continue
            value = str(text)
            spans = version_spans(value)
            if not spans:
                continue
            pieces: list[nodes.Node] = []
            last = 0
            for start, end in spans:
                pieces.append(nodes.Text(value[last:start]))
                pieces.append(python_version(value[start:end], value[start:end]))
                last = end
            pieces.append(nodes.Text(value[last:]))
            parent.replace(
                text, [p for p in pieces if not (isinstance(p, nodes.Text) and not p)]
            )


def _ancestors(node: nodes.Node) -> list[nodes.Node]:
    found = []
    while node is not None:
        found.append(node)
        node = node.parent
    return found


def setup(app: Sphinx) -> dict[str, object]:
    app.add_node(python_version, html=(_visit, _depart))
    app.add_transform(MarkVersions)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
