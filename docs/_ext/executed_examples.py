"""Keep each page's executed output in step with the code it runs.

myst-nb caches a page's execution under a hash of its code cells, and Sphinx
re-reads a page only when the page itself changes. Neither notices an edit to
``examples/NAME.py`` or to ``mpguide/``, so this extension, for every notebook
page, finds its inputs: the example scripts the page names (any
``examples/NAME.py`` or ``show_example("NAME.py")`` spelling), and the
``mpguide`` files those scripts and the page's own code cells import, followed
transitively through ``mpguide``, plus ``mpguide/__init__.py`` (see
:func:`mpdocs.sources.imported_files`). It then

* registers those files as dependencies, so Sphinx re-reads the page when one
  of them changes; and
* appends a hidden cell holding a hash of them, so the execution cache misses
  exactly when they change: an edit to one worker module re-runs only the
  pages whose examples or cells import it;
* puts, under the page title, a note of when and on what machine the page's
  outputs were produced (an executed cell, so it is as fresh as the outputs).

On every page (notebook or not), after the first listing of each top-level
example script (```` ```{literalinclude} ../examples/NAME.py ````), it adds

* ```` ```{mpguide-imports} ../examples/NAME.py ````: a collapsed
  ``<details>`` element holding the source of every name the example imports
  from ``mpguide``, and of the module-level names those use, read from the
  code at build time; each block is captioned ``mpguide/MODULE.py: NAME`` and
  marked ``fragment`` (part of a file, not a program to run alone); nothing
  for an example that imports nothing from ``mpguide``;
* ``{mpguide-download}`NAME.py```: a link to ``examples/NAME.py`` on the
  built site, a standalone copy of the script generated at build time
  (:func:`mpdocs.sources.standalone`) with those definitions pasted in, so
  that it runs with nothing but Python; and a sentence saying so.

Pages may use the directive and the role themselves too (for a listing that
is not a plain ``literalinclude``).

The HTML builder writes one standalone file for every ``examples/*.py``; an
example that imports anything but worker names from ``mpguide`` is a build
warning (an error under ``-W``) naming the import.

It also counts example runs per build (``mpdocs.runner`` appends one line
per run to ``MPGUIDE_EXECUTION_LOG``) and reports the count at the end, and
loads ``build_time``, which prints how long the notebooks took to execute.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.directives.code import container_wrapper
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole
from sphinx.util.osutil import relative_uri

from mpdocs.sources import (
    PACKAGE,
    SourceError,
    definitions,
    imported_files,
    project_imports,
    standalone,
    third_party,
)

# conf.py puts this folder on sys.path, so the docs-side package imports.
from mpdocs.stamp import usable_cpus

logger = logging.getLogger(__name__)

_HERE = Path(__file__).resolve().parent
#: The build's own helpers (runner, stamp, sentence logic), beside this file.
HELPERS = "mpdocs"
#: Data the build helpers read (recorded texts), under docs/.
DATA = "_data"
# Any path-like token ending in .py; only those naming a real example count.
_PY_TOKEN = re.compile(r"[\w./-]+\.py\b")
_NOTEBOOK = re.compile(r"^file_format:\s*mystnb\s*$", re.MULTILINE)
_TITLE = re.compile(r"^# .*\n", re.MULTILINE)
# A literalinclude of a top-level example script, up to its closing fence.
_EXAMPLE_LISTING = re.compile(
    r"^```\{literalinclude\} \.\./examples/(?P<name>[\w-]+\.py)\n(?:.*\n)*?```\n",
    re.MULTILINE,
)
# A code cell's body: after the directive line and its options.
_CODE_CELL = re.compile(
    r"^(?P<fence>`{3,}|:{3,})\{code-cell\}[^\n]*\n"
    r"(?:---\n(?:.*\n)*?---\n|(?::[\w-]+:.*\n)*)"
    r"(?P<body>(?:.*\n)*?)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
# Project imports in code that does not parse (IPython magics, say).
_IMPORT_LINE = re.compile(
    rf"^[ \t]*(?:from[ \t]+({PACKAGE}[\w.]*)[ \t]+import[ \t]+\(?([\w \t,]*)"
    rf"|import[ \t]+({PACKAGE}[\w.]*))",
    re.MULTILINE,
)
_OUTPUTS_NOTE = """
```{code-cell} ipython3
:tags: [remove-input]
from mpdocs import outputs_note

outputs_note()
```
"""
#: Where the standalone copy of examples/NAME.py is served, under the site root.
STANDALONE_FOLDER = "examples"


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


def code_cells(source: str) -> list[str]:
    """The code of each ``{code-cell}`` on a MyST notebook page."""
    return [match["body"] for match in _CODE_CELL.finditer(source)]


def _parsable(code: str) -> str:
    """*code*, or only its project imports when it is not plain Python."""
    try:
        project_imports(code)
    except SourceError:
        statements = []
        for module, listed, plain in _IMPORT_LINE.findall(code):
            names = ", ".join(n for n in re.split(r"[\s,]+", listed) if n)
            statements.append(
                f"from {module} import {names}"
                if module and names
                else f"import {module or plain}"
            )
        return "\n".join(statements)
    return code


def page_inputs(source: str, root: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """The examples a page names, and the ``mpguide`` and build-helper files
    (``docs/_ext/mpdocs``: the runner, the sentence logic, and the files of
    ``docs/_data`` that those modules name) it depends on."""
    examples = examples_named_in(source, root)
    cells = [_parsable(code) for code in code_cells(source)]
    # The 2016 post's scripts (examples/original/) do not all parse.
    codes = [_parsable(path.read_text(encoding="utf-8")) for path in examples]
    codes += cells
    modules = imported_files(codes, root / PACKAGE)
    helpers = imported_files(cells, root / "docs" / "_ext" / HELPERS)
    texts = [path.read_text(encoding="utf-8") for path in helpers]
    data = sorted(
        path
        for path in (root / "docs" / DATA).glob("*")
        if path.is_file() and any(path.name in text for text in texts)
    )
    return examples, modules, helpers + data


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
    """After the first listing of each example: its imports and a download."""
    seen: set[str] = set()

    def extend(match: re.Match[str]) -> str:
        name = match["name"]
        if name in seen:
            return match[0]
        seen.add(name)
        return (
            f"{match[0]}\n```{{mpguide-imports}} ../examples/{name}\n```\n\n"
            f"{{mpguide-download}}`{name}`\n"
        )

    return _EXAMPLE_LISTING.sub(extend, text)


def _on_source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    source[0] = add_run_it_yourself(source[0])
    if not _NOTEBOOK.search(source[0]):
        return
    if docname != "index":
        source[0] = add_outputs_note(source[0])
    root = _project_root(app)
    examples, modules, helpers = page_inputs(source[0], root)
    inputs = examples + modules + helpers
    for path in inputs:
        app.env.note_dependency(str(path))

    def listed(paths: list[Path]) -> str:
        return ", ".join(p.relative_to(root).as_posix() for p in paths) or "none"

    source[0] += (
        "\n\n```{code-cell} ipython3\n:tags: [remove-cell]\n"
        f"# Re-run when these change. Examples: {listed(examples)}.\n"
        f"# mpguide files they and this page import: {listed(modules)}.\n"
        f"# Build helpers this page imports: {listed(helpers)}.\n"
        f"# inputs sha256: {inputs_digest(inputs, root)}\n"
        f"{builder_key(source[0])}```\n"
    )


def builder_key(source: str) -> str:
    """For a page with builder notes, the usable CPUs, as part of its cache key.

    Such a page measures speed, and what it shows depends on how many CPUs
    the build could use: built again on a different number, it must run
    again (a one-CPU build after a normal one re-runs just these pages).
    """
    if "{builder-note}" not in source:
        return ""
    return f"# Measured with {usable_cpus()} usable CPU(s).\n"


# --- What an example imports, shown under its listing --------------------------


class imported_sources(nodes.General, nodes.Element):
    """Collapsed source of what an example imports: ``<details>`` in HTML."""


def _visit_details(translator: Any, node: imported_sources) -> None:
    names = ", ".join(f"<code>{html.escape(n)}</code>" for n in node["names"])
    opened = " open" if node.get("open") else ""
    translator.body.append(
        f'<details class="mpguide-imports"{opened}>\n<summary>What this example '
        f"imports from <code>{PACKAGE}</code>: {names}</summary>\n"
    )


def _depart_details(translator: Any, node: imported_sources) -> None:
    translator.body.append("</details>\n")


def _pass(translator: Any, node: nodes.Element) -> None:
    """Other formats show the blocks one after the other."""


def _grouped(source: str) -> dict[str, list[str]]:
    """``{module: [names]}`` for each ``from mpguide.X import names``."""
    grouped: dict[str, list[str]] = {}
    for found in project_imports(source):
        if found.names and found.module != PACKAGE:
            names = grouped.setdefault(found.module, [])
            names += [n for n in found.names if n not in names]
    return grouped


class ImportedSources(SphinxDirective):
    """``{mpguide-imports} ../examples/NAME.py``: what NAME.py imports, collapsed.

    Shows, for each name the script imports from a module of ``mpguide``, the
    source of its definition and of the module-level names that definition
    uses, each in a python block captioned ``mpguide/MODULE.py: NAME`` and
    marked ``fragment``. Nothing is shown for a script that imports nothing
    from ``mpguide``.
    """

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"open": directives.flag}

    def run(self) -> list[nodes.Node]:
        relative, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        package_dir = Path(self.env.srcdir).resolve().parent / PACKAGE
        try:
            grouped = _grouped(Path(path).read_text(encoding="utf-8"))
        except (OSError, SourceError) as error:
            logger.warning("mpguide-imports: %s", error, location=self.get_location())
            return []
        if not grouped:
            return []
        box = imported_sources(names=[n for names in grouped.values() for n in names])
        if "open" in self.options:
            box["open"] = True
        for module, names in grouped.items():
            try:
                found = definitions(module, names, package_dir)
            except SourceError as error:
                logger.warning(
                    "mpguide-imports: %s", error, location=self.get_location()
                )
                continue
            for definition in found:
                self.env.note_dependency(str(package_dir.parent / definition.path))
                block = nodes.literal_block(
                    definition.source,
                    definition.source,
                    language="python",
                    classes=["fragment"],
                )
                self.set_source_info(block)
                caption = f"{definition.path}: {', '.join(definition.names)}"
                box += container_wrapper(self, block, caption)
        return [box]


# --- Standalone downloads ------------------------------------------------------


class StandaloneDownload(SphinxRole):
    """``{mpguide-download}`NAME.py```: a link to the standalone copy, and how to run it."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        name = self.text.strip()
        root = Path(self.env.srcdir).resolve().parent
        script = root / "examples" / name
        try:
            source = script.read_text(encoding="utf-8")
            imports, needs = _grouped(source), third_party(source)
        except (OSError, SourceError) as error:
            logger.warning("mpguide-download: %s", error, location=self.get_location())
            imports, needs = {}, []
        target = relative_uri(
            self.env.app.builder.get_target_uri(self.env.docname),
            f"{STANDALONE_FOLDER}/{name}",
        )
        link = nodes.reference(
            "", f"Download {name}", refuri=target, classes=["mpguide-download"]
        )
        parts: list[nodes.Node] = [link]
        if imports:
            parts += [
                nodes.Text(": a copy with what it imports from "),
                nodes.literal("", PACKAGE),
                nodes.Text(" pasted in, so that "),
            ]
        else:
            parts.append(nodes.Text(", then "))
        parts += [nodes.literal("", f"python {name}"), nodes.Text(" runs it")]
        if needs:
            parts.append(nodes.Text(" once Python has "))
            for index, package in enumerate(needs):
                if index:
                    parts.append(
                        nodes.Text(" and " if index == len(needs) - 1 else ", ")
                    )
                parts.append(nodes.literal("", package))
            parts.append(nodes.Text(" installed."))
        else:
            parts.append(
                nodes.Text(" with nothing but Python installed." if imports else ".")
            )
        return parts, []


def _standalone_sources(root: Path) -> Iterator[tuple[str, Path]]:
    for script in sorted((root / "examples").glob("*.py")):
        yield script.name, script


def write_standalone_examples(root: Path, outdir: Path) -> list[str]:
    """Write ``OUTDIR/examples/NAME.py`` for every example; return the problems."""
    folder = outdir / STANDALONE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, script in _standalone_sources(root):
        try:
            text = standalone(script, root / PACKAGE)
        except SourceError as error:
            problems.append(str(error))
            continue
        target = folder / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return problems


def _on_html_collect_pages(app: Sphinx) -> Iterable[tuple[str, dict[str, Any], str]]:
    for problem in write_standalone_examples(_project_root(app), Path(app.outdir)):
        logger.warning("mpguide standalone download: %s", problem)
    return []


# --- Build set-up --------------------------------------------------------------


def _execution_log(app: Sphinx) -> Path:
    return Path(app.doctreedir) / "mpguide-executions.log"


def _on_config_inited(app: Sphinx, config: Config) -> None:
    static = str(_HERE / "static")
    if static not in config.html_static_path:
        config.html_static_path.append(static)


def _on_builder_inited(app: Sphinx) -> None:
    log = _execution_log(app)
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("", encoding="utf-8")
    # Notebook kernels inherit this process's environment: they find the
    # build's own helpers (mpdocs, beside this file) through PYTHONPATH.
    os.environ["MPGUIDE_EXECUTION_LOG"] = str(log)
    here = str(_HERE)
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if here not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [here, *paths]))
    os.environ["MPGUIDE_ROOT"] = str(_project_root(app))


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    log = _execution_log(app)
    runs = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    logger.info("mpguide: %d example run(s) executed in this build", len(runs))


def setup(app: Sphinx) -> dict[str, object]:
    app.add_node(
        imported_sources,
        html=(_visit_details, _depart_details),
        latex=(_pass, _pass),
        text=(_pass, _pass),
        man=(_pass, _pass),
        texinfo=(_pass, _pass),
    )
    app.add_directive("mpguide-imports", ImportedSources)
    app.add_role("mpguide-download", StandaloneDownload())
    app.add_css_file("mpguide-imports.css")
    app.connect("config-inited", _on_config_inited)
    app.connect("builder-inited", _on_builder_inited)
    app.connect("source-read", _on_source_read)
    app.connect("html-collect-pages", _on_html_collect_pages)
    app.connect("build-finished", _on_build_finished)
    # And at the end, the notebook execution time and the slowest pages.
    app.setup_extension("build_time")
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}
