"""Mark every mention of a Python version in prose the same way.

"Since 3.8", "changed in 3.14", "Python 3.13": the guide names versions all
the time, and readers scan for them. This transform wraps each such mention
in running text in ``<span class="version">``, styled once in mpguide.css, so
version notes look alike on every page without authors having to mark them.
Code, literals and glued values are left alone.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

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
            if not VERSION.search(value):
                continue
            pieces: list[nodes.Node] = []
            last = 0
            for match in VERSION.finditer(value):
                pieces.append(nodes.Text(value[last : match.start()]))
                pieces.append(python_version(match[0], match[0]))
                last = match.end()
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
