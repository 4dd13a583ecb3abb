"""The examples-versus-pages check used by ``nox -s lint``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "lint_docs", ROOT / "tools" / "lint_docs.py"
)
assert _spec
assert _spec.loader
lint_docs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lint_docs)


def test_the_real_tree_is_clean() -> None:
    assert lint_docs.problems() == []


def test_finds_unshown_and_missing_examples_and_typed_excerpts(tmp_path: Path) -> None:
    (tmp_path / "examples").mkdir()
    (tmp_path / "docs").mkdir()
    for name in ("shown.py", "run.py", "unshown.py"):
        (tmp_path / "examples" / name).write_text("")
    (tmp_path / "docs" / "page.md").write_text(
        "```{literalinclude} ../examples/shown.py\n"
        ":caption: examples/shown.py (excerpt)\n"
        "```\n"
        'show_example("run.py")\n'
        "See examples/gone.py.\n",
        encoding="utf-8",
    )
    assert lint_docs.problems(tmp_path) == [
        (
            "page.md: ':caption: examples/shown.py (excerpt)': the stylesheet "
            "adds '(excerpt)'"
        ),
        "examples/unshown.py: no page in docs/ shows or runs it",
        "page.md: names examples/gone.py, which does not exist",
    ]
