"""Let readers install mpguide from the site, and say where the source lives.

* At the end of an HTML build, the ``mpguide`` wheel and a zip of every example
  with the package are written to the site's root, so they have fixed
  addresses (``<site>/mpguide-X.Y.Z-py3-none-any.whl``).
* The ``mpguide-install`` directive shows the one command that installs that
  wheel: from the site's public address when it is known (Read the Docs sets
  ``READTHEDOCS_CANONICAL_URL``; ``conf.py`` passes it as ``mpguide_site_url``),
  otherwise from the local build folder, so the command works where it is read.
* The repository and commit (from Read the Docs' environment, or ``git``) give
  furo's "view source" and "edit" links, and the commit is handed to the
  notebook kernels (``MPGUIDE_COMMIT``) so each page's outputs note names it.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

from mpdocs.package import EXAMPLES_ZIP, build_examples_zip, build_wheel, wheel_name
from mpdocs.provenance import provenance


def _root(app: Sphinx) -> Path:
    return Path(app.confdir).resolve().parent


class InstallDirective(SphinxDirective):
    """The pip command that installs the wheel this site offers, and links."""

    def run(self) -> list[nodes.Node]:
        root = Path(self.env.app.confdir).resolve().parent
        wheel = wheel_name(root)
        site = self.config.mpguide_site_url
        if site:
            location = f"{site.rstrip('/')}/{wheel}"
        else:
            location = str(Path(self.env.app.outdir).resolve() / wheel)
        command = f"$ python -m pip install {location}"
        block = nodes.literal_block(command, command, language="console")
        up = "../" * self.env.docname.count("/")
        links = nodes.paragraph(classes=["mpguide-install-links"])
        links += nodes.Text("Or download ")
        links += nodes.reference("", "the wheel", refuri=up + wheel)
        links += nodes.Text(", or ")
        links += nodes.reference(
            "", "every example with the package (zip)", refuri=up + EXAMPLES_ZIP
        )
        links += nodes.Text(".")
        return [block, links]


def _on_config_inited(app: Sphinx, config: Config) -> None:
    origin = provenance(_root(app))
    options = dict(config.html_theme_options or {})
    if origin.repository and "source_repository" not in options:
        options.update(
            source_repository=origin.repository + "/",
            source_branch=origin.branch or "main",
            source_directory="docs/",
        )
    config.html_theme_options = options
    # Notebook kernels inherit the environment: the outputs note reads it.
    if origin.commit_label:
        os.environ["MPGUIDE_COMMIT"] = origin.commit_label


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        out = Path(app.outdir)
        build_wheel(_root(app), out)
        build_examples_zip(_root(app), out)


def setup(app: Sphinx) -> dict[str, object]:
    app.add_config_value("mpguide_site_url", None, "env", types=[str, type(None)])
    app.add_directive("mpguide-install", InstallDirective)
    app.connect("config-inited", _on_config_inited)
    app.connect("build-finished", _on_build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
