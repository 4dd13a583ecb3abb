"""Check that examples and pages stay in step.

Usage: python tools/lint_docs.py

* every script under examples/ is shown or run by at least one page;
* every example a page names (``show_example("x.py")``, ``examples/x.py``)
  exists;
* no caption says "(excerpt)" itself: the stylesheet adds it to every block
  marked ``:class: fragment``, so a typed one shows twice;
* every top-level example is a lesson a reader can copy: from the project it
  imports only names defined in a worker module of ``mpguide`` (one that
  imports no project code itself), and nothing from ``mpdocs`` or ``tools``
  (see ``mpdocs.sources.example_problems``);
* examples stay short: the median of ``examples/*.py`` is at most
  MEDIAN_LINES lines and none has more than MAX_LINES (``examples/original/``
  and ``examples/broken/`` are not counted);
* no ``assert`` in a page's code cell orders two values (``<``, ``>``,
  ``<=``, ``>=``): times are worded, never asserted, so a slow or busy
  builder cannot fail the build. Comparing ``sys.version_info`` is allowed.
  A deterministic count may be ordered if its
  line ends with the comment ``# lint: count, not a time`` (or, for the order
  of output lines that a lock, event or barrier guarantees,
  ``# lint: order, not a time``);
* a hidden cell (tagged ``remove-cell``, ``remove-input``, ``hide-cell`` or
  ``hide-input``) only runs an example, glues values or draws a figure:
  straight-line code of at most MAX_STATEMENTS statements besides imports, with no ``def``,
  ``class``, ``lambda``, loop, ``if`` (statement or expression), ``try``,
  ``with`` or ``match``. Logic that needs more belongs in the example (which
  writes what a page needs with ``--json``) or in a shared build helper, and
  a sentence chosen by a branch belongs in the page's Markdown.

Pages missing from every toctree and broken MyST syntax are caught by the
``lint`` session's Sphinx pass (``-b dummy``, execution off, warnings as errors).
"""

from __future__ import annotations

import ast
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from mpdocs.sources import example_problems

#: PyMOTW-3 size: the median example is at most this many lines...
MEDIAN_LINES = 40
#: ...and none is longer than this (split a longer lesson in two).
MAX_LINES = 90
NAMED = re.compile(
    r"""(?:examples/|(?:show|run)_example\(\s*["'])([a-z_][\w/.-]*\.py)"""
)
TYPED_EXCERPT = re.compile(r"^:caption:.*\(excerpt\)\s*$", re.MULTILINE)
#: At most this many statements in a hidden cell, imports aside.
MAX_STATEMENTS = 10
#: What a hidden cell may not contain, and how the lint names it.
LOGIC = {
    ast.FunctionDef: "def",
    ast.AsyncFunctionDef: "def",
    ast.ClassDef: "class",
    ast.Lambda: "lambda",
    ast.For: "for",
    ast.AsyncFor: "for",
    ast.While: "while",
    ast.If: "if",
    ast.IfExp: "if-expression",
    ast.Try: "try",
    ast.With: "with",
    ast.AsyncWith: "with",
    ast.Match: "match",
}
#: Cells whose code the reader does not see (removed, or folded away).
HIDING_TAGS = frozenset({"remove-cell", "remove-input", "hide-cell", "hide-input"})
#: The escape for an assert that orders a deterministic count (or the order
#: of lines a synchronisation primitive guarantees), not a time.
COUNT_MARK = re.compile(r"#\s*lint:\s*(count|order), not a time\b")
ORDERING = {ast.Lt: "<", ast.Gt: ">", ast.LtE: "<=", ast.GtE: ">="}
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(\S*)")
OPTION = re.compile(r"^\s*:[\w-]+:")


def problems(root: Path = ROOT) -> list[str]:
    scripts = {
        p.relative_to(root / "examples").as_posix()
        for p in (root / "examples").rglob("*.py")
    }
    named: dict[str, set[str]] = {}
    found = []
    for page in sorted((root / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for name in NAMED.findall(text):
            named.setdefault(name, set()).add(page.name)
        found += [
            f"{page.name}: {caption.strip()!r}: the stylesheet adds '(excerpt)'"
            for caption in TYPED_EXCERPT.findall(text)
        ]
    found += [
        f"examples/{name}: no page in docs/ shows or runs it"
        for name in sorted(scripts - set(named))
    ]
    found += [
        f"{', '.join(sorted(pages))}: names examples/{name}, which does not exist"
        for name, pages in sorted(named.items())
        if name not in scripts
    ]
    found += lesson_problems(root)
    for page in sorted((root / "docs").glob("*.md")):
        found += page_problems(page.name, page.read_text(encoding="utf-8"))
    return found


def lesson_problems(root: Path = ROOT) -> list[str]:
    """What keeps the top-level examples from being short lessons to copy."""
    found = []
    lengths = {}
    for script in sorted((root / "examples").glob("*.py")):
        where = f"examples/{script.name}"
        text = script.read_text(encoding="utf-8")
        found += example_problems(text, root / "mpguide", where)
        lengths[where] = len(text.splitlines())
    found += [
        f"{where}: {count} lines, more than {MAX_LINES}: split the lesson in two"
        for where, count in lengths.items()
        if count > MAX_LINES
    ]
    if lengths and statistics.median(lengths.values()) > MEDIAN_LINES:
        found.append(
            f"examples/: the median example has "
            f"{statistics.median(lengths.values()):g} lines, more than {MEDIAN_LINES}"
        )
    return found


@dataclass(frozen=True)
class Cell:
    """A ``{code-cell}`` of a page: where its code starts, its tags, its code."""

    line: int
    tags: frozenset[str]
    source: str

    @property
    def hidden(self) -> bool:
        return bool(self.tags & HIDING_TAGS)


def _tags(options: list[str]) -> frozenset[str]:
    for option in options:
        key, _, value = option.strip().lstrip(":").partition(":")
        if key.strip() == "tags":
            return frozenset(
                tag.strip(" '\"")
                for tag in value.strip(" []").split(",")
                if tag.strip()
            )
    return frozenset()


def _code_cell(lines: list[str], start: int) -> tuple[Cell, int]:
    """Read the cell whose opening fence is lines[start]; return it and its end."""
    fence = FENCE.match(lines[start])
    assert fence
    marker = fence[1]
    end = start + 1
    while end < len(lines) and not (
        lines[end].strip().startswith(marker[0] * len(marker))
        and set(lines[end].strip()) == {marker[0]}
    ):
        end += 1
    body = lines[start + 1 : end]
    options: list[str] = []
    if body and body[0].strip() == "---":  # YAML options block
        close = next(
            (i for i in range(1, len(body)) if body[i].strip() == "---"), len(body)
        )
        options = [f":{line.strip()}" for line in body[1:close]]
        body = body[close + 1 :]
    else:
        while body and OPTION.match(body[0]):
            options.append(body.pop(0))
    first = start + 1 + (end - start - 1 - len(body))
    return Cell(first + 1, _tags(options), "\n".join(body)), end


def code_cells(text: str) -> list[Cell]:
    """The ``{code-cell}`` cells of a MyST page, in order."""
    lines = text.splitlines()
    index, cells = 0, []
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if fence and fence[2].startswith("{code-cell}"):
            cell, index = _code_cell(lines, index)
            cells.append(cell)
        elif fence:  # skip other fenced blocks whole: they may hold examples
            marker = fence[1]
            index += 1
            while index < len(lines) and not re.match(
                rf"^ {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}\s*$", lines[index]
            ):
                index += 1
        index += 1
    return cells


def _parse(source: str) -> ast.Module | None:
    # IPython's magics and shell escapes are not Python: blank them, keeping
    # line numbers.
    python = "\n".join(
        "" if line.lstrip().startswith(("%", "!")) else line
        for line in source.splitlines()
    )
    try:
        return ast.parse(python)
    except SyntaxError:
        return None


def _about_version(compare: ast.Compare) -> bool:
    """True for ``sys.version_info >= (3, 12)`` and the like: no time in it."""
    for side in (compare.left, *compare.comparators):
        operand = side
        while isinstance(operand, ast.Subscript):
            operand = operand.value
        if isinstance(operand, ast.Attribute) and operand.attr == "version_info":
            return True
        if isinstance(operand, ast.Name) and operand.id == "version_info":
            return True
    return False


def timing_asserts(cell: Cell) -> list[tuple[int, str]]:
    """(line in the cell, operator) of each assert that orders two values."""
    tree = _parse(cell.source)
    if tree is None:
        return [(1, "unparsable")]
    lines = cell.source.splitlines()
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assert):
            continue
        last = node.end_lineno or node.lineno
        if any(COUNT_MARK.search(line) for line in lines[node.lineno - 1 : last]):
            continue
        operators = sorted(
            {
                ORDERING[type(op)]
                for compare in ast.walk(node.test)
                if isinstance(compare, ast.Compare) and not _about_version(compare)
                for op in compare.ops
                if type(op) in ORDERING
            }
        )
        if operators:
            found.append((node.lineno, " ".join(operators)))
    return sorted(found)


def hidden_logic(cell: Cell) -> list[tuple[int, str]]:
    """(line in the cell, what) for each piece of logic in a hidden cell."""
    tree = _parse(cell.source)
    if tree is None:
        return [(1, "unparsable")]
    found = [
        (node.lineno, LOGIC[type(node)])
        for node in ast.walk(tree)
        if type(node) in LOGIC
    ]
    statements = [
        node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom))
    ]
    if len(statements) > MAX_STATEMENTS:
        found.append((statements[MAX_STATEMENTS].lineno, "too many statements"))
    return sorted(found)


def page_problems(name: str, text: str) -> list[str]:
    """Ordering asserts in the page's cells, and logic in its hidden cells."""
    found = []
    for cell in code_cells(text):
        for line, operator in timing_asserts(cell):
            where = f"{name}:{cell.line + line - 1}"
            if operator == "unparsable":
                found.append(f"{where}: a code cell that is not valid Python")
                continue
            found.append(
                f"{where}: assert orders values ({operator}): word a timing "
                "from its numbers instead (a deterministic count may end with "
                "'# lint: count, not a time')"
            )
        if not cell.hidden:
            continue
        for line, what in hidden_logic(cell):
            if what == "unparsable":
                continue  # reported above
            found.append(
                f"{name}:{cell.line + line - 1}: a hidden cell with {what}: "
                f"a hidden cell runs an example, glues values or draws a figure "
                f"in at most {MAX_STATEMENTS} statements; put logic in the "
                "example (--json) or a shared helper, and sentences in the page"
            )
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    print(f"lint_docs: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
