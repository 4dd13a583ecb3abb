"""Doctests for the pages: pytest collects docs/*.md through Sybil.

Collected:

* fenced ``python`` blocks (run as code, or as doctests when they start with
  ``>>>``) and ``pycon`` blocks (doctests);
* every *visible* notebook cell (``{code-cell} ipython3`` without a
  ``remove-*`` tag). The Sphinx build runs these inside a kernel; here each one
  runs again as a reader would run it after copying it into a file: as a
  script of its own, in a fresh interpreter, from an empty folder. A cell
  tagged ``raises-exception`` must fail.

Hidden cells are left to the Sphinx build: they glue values and assert claims
in the context of their page. A block preceded by ``% skip: next`` is not run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sybil import Document, Example, Region, Sybil
from sybil.evaluators.python import PythonEvaluator
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent.parent
_TIMEOUT = 120


class PyconParser(PythonCodeBlockParser):
    """Interactive sessions fenced as ``pycon``: always doctests."""

    def __init__(self) -> None:
        super().__init__()
        self.codeblock_parser = CodeBlockParser("pycon", PythonEvaluator())


def _tags(region: Region) -> str:
    return str(region.lexemes.get("options", {}).get("tags", ""))


class VisibleCellParser(CodeBlockParser):
    """Notebook cells a reader sees; hidden ones are the page's machinery."""

    def __init__(self) -> None:
        super().__init__("ipython3", run_visible_cell)

    def __call__(self, document: Document) -> Iterable[Region]:
        for region in super().__call__(document):
            if "remove-" not in _tags(region):
                yield region


def run_visible_cell(example: Example) -> str | None:
    tags = _tags(example.region)
    code = example.parsed
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "snippet.py").write_text(code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "snippet.py"],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=_TIMEOUT,
            check=False,
        )
    failed = result.returncode != 0
    if failed != ("raises-exception" in tags):
        return (
            f"cell {'succeeded' if not failed else 'failed'} with exit "
            f"{result.returncode}\n--- stdout ---\n{result.stdout}"
            f"--- stderr ---\n{result.stderr}"
        )
    return None


# The Sphinx extensions (docs/_ext/*.py) are left out; their helpers in
# docs/_ext/mpdocs have examples in their docstrings, which --doctest-modules runs.
collect_ignore = [
    "conf.py",
    "_build",
    "_ext/static",
    "_ext/mpdocs/_example_site",
    *(f"_ext/{p.name}" for p in (Path(__file__).parent / "_ext").glob("*.py")),
]

pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(),
        PyconParser(),
        VisibleCellParser(),
        SkipParser(),
    ],
    patterns=["*.md"],
    excludes=["_build/*"],
).pytest()
