"""Sphinx configuration for the mpguide site."""

import os
import sys
from pathlib import Path

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
