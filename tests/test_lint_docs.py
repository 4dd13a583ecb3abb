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


def _lesson_tree(tmp_path: Path, lengths: dict[str, int]) -> Path:
    package = tmp_path / "mpguide"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "workers.py").write_text("LIMIT = 5\n\n\ndef work():\n    pass\n")
    (package / "cli.py").write_text("def example_parser():\n    pass\n")
    (package / "sync.py").write_text("from mpguide.workers import work\n")
    for folder in ("examples", "examples/original", "examples/broken"):
        (tmp_path / folder).mkdir()
    for name, count in lengths.items():
        (tmp_path / "examples" / name).write_text("pass\n" * count)
    # Neither folder counts towards the limits or the imports.
    for folder in ("original", "broken"):
        (tmp_path / "examples" / folder / "long.py").write_text(
            "from mpguide.cli import example_parser\n" + "pass\n" * 500
        )
    return tmp_path


def test_examples_import_only_worker_names(tmp_path: Path) -> None:
    root = _lesson_tree(tmp_path, {})
    lines = {
        "ok.py": "from mpguide.workers import LIMIT, work\n",
        "cli.py": "from mpguide.cli import example_parser\n",
        "module.py": "from mpguide import workers\n",
        "reexport.py": "from mpguide.sync import work\n",
        "docs.py": "from mpdocs import show_example\nimport tools.lint_docs\n",
    }
    for name, text in lines.items():
        (root / "examples" / name).write_text(text)
    assert lint_docs.lesson_problems(root) == [
        (
            "examples/cli.py: imports mpguide.cli, project plumbing and not a worker "
            "module: write those few lines in the example"
        ),
        "examples/docs.py: imports mpdocs, which only the build and the tests have",
        (
            "examples/docs.py: imports tools.lint_docs, which only the build and the "
            "tests have"
        ),
        (
            "examples/module.py: 'from mpguide import workers': import each name from "
            "the worker module that defines it (mpguide.MODULE)"
        ),
        (
            "examples/reexport.py: 'from mpguide.sync import work': mpguide/sync.py "
            "does not define work: it imports it (import it from where it is defined)"
        ),
    ]


def test_examples_stay_short(tmp_path: Path) -> None:
    fine = _lesson_tree(tmp_path / "fine", {"a.py": 20, "b.py": 40, "c.py": 90})
    assert lint_docs.lesson_problems(fine) == []
    long = _lesson_tree(tmp_path / "long", {"a.py": 30, "b.py": 41, "c.py": 91})
    assert lint_docs.lesson_problems(long) == [
        "examples/c.py: 91 lines, more than 90: split the lesson in two",
        "examples/: the median example has 41 lines, more than 40",
    ]
