"""Doctests for the pages: pytest collects docs/*.md through Sybil.

Collected: fenced ``python`` blocks (run as code, or as a doctest when they
start with ``>>>``) and ``pycon`` blocks (doctests). Executed notebook cells
(``{code-cell} ipython3``) are left to the Sphinx build, which already runs them.
A block preceded by ``% skip: next`` is not run.
"""

from sybil import Sybil
from sybil.evaluators.python import PythonEvaluator
from sybil.parsers.myst import CodeBlockParser, PythonCodeBlockParser, SkipParser


class PyconParser(PythonCodeBlockParser):
    """Interactive sessions fenced as ``pycon``: always doctests."""

    def __init__(self) -> None:
        super().__init__()
        self.codeblock_parser = CodeBlockParser("pycon", PythonEvaluator())


collect_ignore = ["conf.py", "_ext", "_build"]

pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), PyconParser(), SkipParser()],
    patterns=["*.md"],
    excludes=["_build/*"],
).pytest()
