"""The examples-versus-pages check used by ``nox -s lint``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "lint_docs", ROOT / "tools" / "lint_docs.py"
)
assert _spec
assert _spec.loader
lint_docs = importlib.util.module_from_spec(_spec)
sys.modules["lint_docs"] = lint_docs  # dataclasses look their module up
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


PAGE_HEAD = """---
file_format: mystnb
kernelspec:
  name: python3
  display_name: Python 3
---

(label)=
# Title
"""


def _cell(source: str, *tags: str) -> str:
    options = f":tags: [{', '.join(tags)}]\n" if tags else ""
    return f"```{{code-cell}} ipython3\n{options}{source}```\n"


def test_ordering_asserts_are_reported_with_their_page_line() -> None:
    text = (
        PAGE_HEAD
        + "Prose.\n\n"
        + _cell(
            "speedup = 1.9\n"
            "assert speedup > 1.5, 'too slow'\n"
            "assert run.returncode == 0\n"
            "assert 'x' in run.stdout and not (a <= b)\n",
            "remove-cell",
        )
        + _cell("assert (\n    seconds\n    >= 2\n)\n")
        + _cell("if seconds < 2:\n    text = 'fast'\nassert isinstance(text, str)\n")
    )
    found = [p for p in lint_docs.page_problems("p.md", text) if "assert" in p]
    assert [p.split(": word")[0] for p in found] == [
        "p.md:15: assert orders values (>)",
        "p.md:17: assert orders values (<=)",
        "p.md:20: assert orders values (>=)",
    ]


def test_a_marked_count_may_be_ordered_and_the_mark_is_exact() -> None:
    text = PAGE_HEAD + _cell(
        "assert len(pids) >= 2  # lint: count, not a time\n"
        "assert len(\n    pids\n) > 1  # lint: count, not a time\n"
        "assert first < last  # lint: order, not a time\n"
        "assert elapsed < 1  # lint: count\n"
        "assert elapsed < 1  # a count, not a time\n"
    )
    found = lint_docs.page_problems("p.md", text)
    assert [p.split(": ")[0] for p in found if "assert" in p] == ["p.md:16", "p.md:17"]


def test_comparing_the_python_version_is_no_timing() -> None:
    text = PAGE_HEAD + _cell(
        "assert (x is None) == (sys.version_info >= (3, 11))\n"
        "assert sys.version_info[:2] < (3, 14) or method == 'forkserver'\n"
        "assert version_info > (3, 9)\n"
        "assert sys.version_info >= (3, 12) and seconds < 1\n"
    )
    found = lint_docs.page_problems("p.md", text)
    assert [p.split(": word")[0] for p in found] == [
        "p.md:14: assert orders values (<)"
    ]


def test_magics_are_skipped_and_broken_python_is_reported() -> None:
    ok = PAGE_HEAD + _cell("%timeit -n 1 f()\n!ls\nassert x == 1\n")
    assert lint_docs.page_problems("p.md", ok) == []
    broken = PAGE_HEAD + _cell("def f(:\n")
    assert lint_docs.page_problems("p.md", broken) == [
        "p.md:11: a code cell that is not valid Python"
    ]


def test_cells_are_found_with_their_tags_and_fenced_examples_skipped() -> None:
    text = (
        PAGE_HEAD
        + "````markdown\n```{code-cell} ipython3\nnot a cell\n```\n````\n"
        + _cell("a = 1\n", "remove-cell")
        + _cell("shown = 1\n", "remove-output")
        + _cell("---\ntags: [hide-input]\n---\nfolded = 1\n")
    )
    cells = lint_docs.code_cells(text)
    assert [sorted(cell.tags) for cell in cells] == [
        ["remove-cell"],
        ["remove-output"],
        ["hide-input"],
    ]
    assert [cell.source for cell in cells] == ["a = 1", "shown = 1", "folded = 1"]


def test_a_hidden_cell_runs_glues_and_draws_in_straight_lines() -> None:
    straight = _cell(
        "from mpdocs.glue import glue_values\n"
        "run = show_example('x.py', results=True)\n"
        "glue_values(**{k: v for k, v in run.results.items() if v})\n",
        "remove-cell",
    )
    assert lint_docs.page_problems("ok.md", PAGE_HEAD + straight) == []


@pytest.mark.parametrize(
    ("code", "what"),
    [
        ("def f():\n    pass\n", "def"),
        ("class C:\n    pass\n", "class"),
        ("f = lambda: 1\n", "lambda"),
        ("for x in y:\n    pass\n", "for"),
        ("while x:\n    pass\n", "while"),
        ("if x:\n    pass\n", "if"),
        ("a = 1 if x else 2\n", "if-expression"),
        ("try:\n    pass\nexcept E:\n    pass\n", "try"),
        ("with x:\n    pass\n", "with"),
        ("x = 1\n" * 11, "too many statements"),
    ],
)
def test_logic_in_a_hidden_cell_is_reported_with_its_line(code: str, what: str) -> None:
    page = PAGE_HEAD + _cell("import os\n" + code, "remove-input")
    [problem] = lint_docs.page_problems("p.md", page)
    assert f": a hidden cell with {what}: " in problem
    # The cell's fence and tags line, then "import os" (imports do not
    # count), then the code; the statement too many is the eleventh, 10 lines
    # into the code.
    code_line = PAGE_HEAD.count("\n") + 4
    line = code_line + (10 if what == "too many statements" else 0)
    assert problem.startswith(f"p.md:{line}:")


def test_logic_a_reader_sees_is_a_lesson_not_a_problem() -> None:
    shown = PAGE_HEAD + _cell("for x in range(3):\n    print(x)\n")
    assert lint_docs.page_problems("shown.md", shown) == []
