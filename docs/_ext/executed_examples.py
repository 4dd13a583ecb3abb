"""Keep each page's executed output in step with the code it runs.

myst-nb caches a page's execution under a hash of its code cells, and Sphinx
re-reads a page only when the page itself changes. Neither notices an edit to
``examples/NAME.py`` or to ``mpguide/``, so this extension, for every notebook
page:

* registers the examples the page names, and every file of ``mpguide/``, as
  dependencies, so Sphinx re-reads the page when one of them changes; and
* appends a hidden cell holding a hash of those files, so the execution cache
  misses exactly when they change;
* puts, under the page title, a note of when and on what machine the page's
  outputs were produced (an executed cell, so it is as fresh as the outputs);
* after the first listing of each example script, adds a download link and
  the command that runs it.

It also counts example runs per build (``mpdocs.runner`` appends one line
per run to ``MPGUIDE_EXECUTION_LOG``) and reports the count at the end.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

# Any path-like token ending in .py; only those naming a real example count.
_PY_TOKEN = re.compile(r"[\w./-]+\.py\b")
_NOTEBOOK = re.compile(r"^file_format:\s*mystnb\s*$", re.MULTILINE)
_TITLE = re.compile(r"^# .*\n", re.MULTILINE)
# A literalinclude of a top-level example script, up to its closing fence.
_EXAMPLE_LISTING = re.compile(
    r"^```\{literalinclude\} \.\./examples/(?P<name>[\w-]+\.py)\n(?:.*\n)*?```\n",
    re.MULTILINE,
)
_OUTPUTS_NOTE = """
```{code-cell} ipython3
:tags: [remove-input]
from mpdocs import outputs_note

outputs_note()
```
"""


def _project_root(app: Sphinx) -> Path:
    return Path(app.confdir).resolve().parent


def examples_named_in(source: str, root: Path) -> list[Path]:
    """The example scripts a page's source mentions, by any relative spelling."""
    found: set[Path] = set()
    for token in _PY_TOKEN.findall(source):
        relative = token.rpartition("examples/")[2]
        candidate = root / "examples" / relative
        if candidate.is_file():
            found.add(candidate)
    return sorted(found)


def package_files(root: Path) -> list[Path]:
    return sorted((root / "mpguide").rglob("*.py"))


def inputs_digest(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def add_outputs_note(text: str) -> str:
    """Insert the outputs note right after the page's title."""
    title = _TITLE.search(text)
    if title is None:
        return text
    return text[: title.end()] + _OUTPUTS_NOTE + text[title.end() :]


def add_run_it_yourself(text: str) -> str:
    """After the first listing of each example, a download link and command."""
    seen: set[str] = set()

    def extend(match: re.Match[str]) -> str:
        name = match["name"]
        if name in seen:
            return match[0]
        seen.add(name)
        return (
            f"{match[0]}\n{{download}}`Download {name} <../examples/{name}>` or, in a "
            f"clone of the repository, run `python examples/{name}`.\n"
        )

    return _EXAMPLE_LISTING.sub(extend, text)


def _on_source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    source[0] = add_run_it_yourself(source[0])
    if not _NOTEBOOK.search(source[0]):
        return
    if docname != "index":
        source[0] = add_outputs_note(source[0])
    root = _project_root(app)
    examples = examples_named_in(source[0], root)
    inputs = examples + package_files(root)
    for path in inputs:
        app.env.note_dependency(str(path))
    names = ", ".join(p.relative_to(root).as_posix() for p in examples) or "none"
    source[0] += (
        "\n\n```{code-cell} ipython3\n:tags: [remove-cell]\n"
        f"# Re-run when these change. Examples: {names}; plus mpguide/.\n"
        f"# inputs sha256: {inputs_digest(inputs, root)}\n```\n"
    )


def _execution_log(app: Sphinx) -> Path:
    return Path(app.doctreedir) / "mpguide-executions.log"


def _on_builder_inited(app: Sphinx) -> None:
    log = _execution_log(app)
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    # Notebook kernels inherit this process's environment: they find the
    # build's own helpers (mpdocs, beside this file) through PYTHONPATH.
    os.environ["MPGUIDE_EXECUTION_LOG"] = str(log)
    here = str(Path(__file__).resolve().parent)
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if here not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [here, *paths]))
    os.environ["MPGUIDE_ROOT"] = str(_project_root(app))


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    log = _execution_log(app)
    runs = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    logger.info("mpguide: %d example run(s) executed in this build", len(runs))


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("builder-inited", _on_builder_inited)
    app.connect("source-read", _on_source_read)
    app.connect("build-finished", _on_build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
