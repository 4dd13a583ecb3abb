"""Sphinx configuration for the mpguide site."""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes
from notfound.utils import replace_uris
from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "mpguide"
author = "The mpguide authors"
copyright = "2026, The mpguide authors"

extensions = [
    "myst_nb",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "executed_examples",
    "accessible_headings",
    "version_badges",
    "reader_package",
    "builder_note",
    "glue_phrases",
]
exclude_patterns = [
    "_build",
    "_intersphinx",
    "Thumbs.db",
    ".DS_Store",
    "**/.ipynb_checkpoints",
]
nitpicky = True

# --- MyST and execution ------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
# "cache": a page runs again only when its cells change; the executed_examples
# extension folds into that key the examples the page names and the mpguide
# modules its examples and cells import.
nb_execution_mode = "cache"
# A failing example must fail the build, with its traceback in the log.
nb_execution_raise_on_error = True
nb_execution_show_tb = True
# Seconds per cell. Each example run has its own 120 s limit
# (mpdocs.runner.DEFAULT_TIMEOUT); a cell may run a few examples.
nb_execution_timeout = 600
# The kernels encrypt their local TCP traffic (CurveZMQ) where pyzmq can:
# nothing to eavesdrop on, and no "Kernel is running over TCP without
# encryption" warning per page. "auto" asks only kernels that support it.
import zmq
from jupyter_client.manager import KernelManager

if zmq.has("curve"):
    KernelManager.class_traits()["transport_encryption"].default_value = "auto"
# Long outputs get a scroll box instead of pushing the prose far down.
nb_scroll_outputs = True

# --- Cross-references --------------------------------------------------------
# Online builds use the live inventory; offline ones fall back to the 3.14
# inventory vendored from Debian's python3.14-doc (see _intersphinx/README.md).
intersphinx_mapping = {
    "python": (
        "https://docs.python.org/3/",
        (None, str(DOCS / "_intersphinx" / "python-3.14.inv")),
    ),
}
intersphinx_timeout = 10

# --- HTML --------------------------------------------------------------------
# The public address, where known, makes install commands copyable anywhere;
# a local build points them at its own output folder instead.
mpguide_site_url = os.environ.get("READTHEDOCS_CANONICAL_URL")
html_theme = "furo"
html_title = "mpguide"
html_static_path = ["_static"]
html_css_files = ["mpguide.css"]
html_js_files = ["mpguide.js"]
# WCAG AA contrast for code in both colour schemes (accessible-pygments).
pygments_style = "a11y-light"
pygments_dark_style = "a11y-dark"

# Copy buttons: strip prompts, and never attach to executed output blocks.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_selector = "div:not(.output) > div.highlight > pre"

# --- Found and shared --------------------------------------------------------
# Open Graph and <meta name="description"> tags on every page, the description
# taken from the page's first paragraph. No generated preview images.
extensions += ["sphinxext.opengraph", "notfound.extension"]
notfound_pagename = "404"
ogp_site_url = mpguide_site_url or ""
ogp_social_cards = {"enable": False}
# docs/404.md is the page a web server returns for a missing address; its
# links must be absolute, so they start at the site's path on its host
# ("/" when a local build is served from its own folder).
notfound_urls_prefix = urlsplit(mpguide_site_url).path if mpguide_site_url else "/"


def _absolute_links_on_404(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    # The extension makes the 404 page's sidebar and assets absolute; this
    # does the same for the links written in its text.
    if docname == notfound_pagename:
        replace_uris(app, doctree, nodes.reference, "refuri")


def setup(app: Sphinx) -> None:
    app.connect("doctree-resolved", _absolute_links_on_404)


# Browsers ask for /favicon.ico at the root: html_extra_path copies it there.
html_favicon = "_static/favicon.svg"
html_extra_path = ["_static/favicon.ico"]
# A sitemap must give absolute addresses, so there is one only where the
# public address is known (Read the Docs); html_baseurl also adds a canonical
# link to every page. The address already holds the language and version.
if mpguide_site_url:
    html_baseurl = mpguide_site_url.rstrip("/") + "/"
    extensions.append("sphinx_sitemap")
    sitemap_url_scheme = "{link}"
    sitemap_excludes = ["search.html", "genindex.html", "404.html"]
