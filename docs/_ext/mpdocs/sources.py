"""Read what an example imports from ``mpguide``, and the source behind it.

The documentation build uses this module three ways:

* :func:`imported_files`: the ``mpguide`` files a script (or a page's code)
  loads, transitively, so that a page is re-run when one of them changes;
* :func:`definitions`: the source of the names an example imports, and of
  the module-level names those use, shown collapsed under the listing;
* :func:`standalone`: one file that runs without ``mpguide``, the
  example with those definitions pasted in, offered as its download.

:func:`example_problems` says what keeps an example from being a lesson a
reader can copy (``tools/lint_docs.py`` reports it; :func:`standalone`
refuses such an example with the same words).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "DOCS_SIDE",
    "PACKAGE",
    "PLUMBING",
    "Definition",
    "ProjectImport",
    "SourceError",
    "definitions",
    "example_problems",
    "imported_files",
    "imported_modules",
    "project_imports",
    "standalone",
    "third_party",
]

#: The package readers install.
PACKAGE = "mpguide"
#: ``mpguide`` modules that are project plumbing, not workers: an example that
#: imports one cannot be copied by a reader.
PLUMBING = frozenset(
    {"bench", "checks", "cli", "examples", "lifecycle", "results", "stamp", "timing"}
)
#: Top-level names of code that only the build and the tests have.
DOCS_SIDE = frozenset({"mpdocs", "tools", "tests", "conftest"})

_BANNER = """\
# Copied from {path}, so that this file runs without the mpguide
# package. The example on the site imports them from it:
#     from {module} import {names}"""


class SourceError(ValueError):
    """An example or module that cannot be shown or made standalone."""


@dataclass(frozen=True)
class ProjectImport:
    """One import statement of ``mpguide`` (or of a submodule) in a script."""

    #: Dotted module the statement names: ``mpguide.tasks`` for
    #: ``from mpguide.tasks import x`` and ``import mpguide.tasks``.
    module: str
    lineno: int
    end_lineno: int
    #: False for an import inside a function, class or ``if`` block.
    top_level: bool
    #: Names imported from it; none for ``import mpguide.tasks``.
    names: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.names:
            return f"from {self.module} import {', '.join(self.names)}"
        return f"import {self.module}"


@dataclass(frozen=True)
class Definition:
    """One top-level statement of an ``mpguide`` module."""

    #: ``mpguide.tasks``.
    module: str
    #: ``mpguide/tasks.py``.
    path: str
    #: The names the statement binds (one for a def or class).
    names: tuple[str, ...]
    #: Its text, with the comment lines right above it.
    source: str
    lineno: int


def _parse(source: str, where: str) -> ast.Module:
    try:
        return ast.parse(source, filename=where)
    except SyntaxError as error:
        raise SourceError(f"{where}: cannot parse: {error}") from error


def _top_level_imports(tree: ast.Module) -> set[int]:
    return {
        id(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)
    }


def project_imports(source: str, package: str = PACKAGE) -> list[ProjectImport]:
    """Every import of *package* in *source*, in the order they appear.

    >>> [i.describe() for i in project_imports("from mpguide.tasks import square")]
    ['from mpguide.tasks import square']
    """
    tree = _parse(source, "<source>")
    top = _top_level_imports(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == package or node.module.startswith(f"{package}."):
                found.append(
                    ProjectImport(
                        node.module,
                        node.lineno,
                        node.end_lineno or node.lineno,
                        id(node) in top,
                        names=tuple(alias.name for alias in node.names),
                    )
                )
        elif isinstance(node, ast.Import):
            found += [
                ProjectImport(
                    alias.name,
                    node.lineno,
                    node.end_lineno or node.lineno,
                    id(node) in top,
                )
                for alias in node.names
                if alias.name == package or alias.name.startswith(f"{package}.")
            ]
    return sorted(found, key=lambda found: found.lineno)


def imported_modules(source: str) -> set[str]:
    """Every module *source* imports by its absolute name, wherever it does.

    >>> sorted(imported_modules("import os.path\\nfrom .x import y\\nfrom a.b import c"))
    ['a.b', 'os.path']
    """
    found = set()
    for node in ast.walk(_parse(source, "<source>")):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


def third_party(source: str, package: str = PACKAGE) -> list[str]:
    """The packages *source* imports that neither Python nor *package* provide.

    >>> third_party("import os\\nimport numpy as np\\nfrom mpguide.tasks import square")
    ['numpy']
    """
    names = {module.split(".")[0] for module in imported_modules(source)}
    return sorted(names - set(sys.stdlib_module_names) - {package})


def _module_file(module: str, package_dir: Path) -> Path | None:
    """``mpguide/x.py`` or ``mpguide/x/__init__.py`` for ``mpguide.x``."""
    parts = module.split(".")[1:]
    base = package_dir.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if parts and candidate.is_file():
            return candidate
    if not parts and (package_dir / "__init__.py").is_file():
        return package_dir / "__init__.py"
    return None


def _loaded_modules(source: str, package: str) -> Iterator[str]:
    """Dotted modules an ``import`` in *source* loads: parents included."""
    for found in project_imports(source, package):
        # ``from mpguide import x`` loads mpguide.x when x is a module.
        targets = [found.module, *(f"{found.module}.{n}" for n in found.names)]
        for target in targets:
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                yield ".".join(parts[:end])


def _relative_imports(path: Path, module: str) -> Iterator[str]:
    """Modules named by ``from . import x`` or ``from .x import y`` in *path*."""
    tree = _parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = module.split(".")
            parts = parts[: len(parts) - node.level + (1 if is_package else 0)]
            base = ".".join([*parts, *([node.module] if node.module else [])])
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def imported_files(sources: Iterable[str], package_dir: Path) -> list[Path]:
    """The files of *package_dir* that code with these *sources* loads.

    Follows imports transitively (``from mpguide.a import x`` where
    ``mpguide/a.py`` imports ``mpguide.b`` gives both files) and always
    includes the package's ``__init__.py``, which every import runs.
    """
    package = package_dir.name

    def imports_of(module: str) -> list[str]:
        path = _module_file(module, package_dir)
        if path is None:
            return []
        text = path.read_text(encoding="utf-8")
        return [*_loaded_modules(text, package), *_relative_imports(path, module)]

    start = [m for source in sources for m in _loaded_modules(source, package)]
    modules = reachable([*start, package], imports_of)
    return sorted(
        {path for m in modules if (path := _module_file(m, package_dir)) is not None}
    )


def reachable(start: Iterable[str], follow: Callable[[str], Iterable[str]]) -> set[str]:
    """Every name reached from *start* by following *follow*, *start* included.

    >>> sorted(reachable(["a"], {"a": ["b"], "b": ["a", "c"], "c": []}.__getitem__))
    ['a', 'b', 'c']
    """
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += follow(name)
    return seen


# --- Definitions ---------------------------------------------------------------


def _targets(node: ast.expr) -> Iterator[str]:
    for name in ast.walk(node):
        if isinstance(name, ast.Name):
            yield name.id


def _bound_names(node: ast.stmt) -> list[str]:
    """Module-level names a top-level statement binds."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [n for target in node.targets for n in _targets(target)]
    if isinstance(node, ast.AnnAssign | ast.AugAssign):
        return list(_targets(node.target))
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [
            alias.asname or alias.name.split(".")[0]
            for alias in node.names
            if alias.name != "*"
        ]
    names = []
    # if / try / with / for at module level: the names their blocks bind.
    for block in ("body", "orelse", "finalbody", "handlers"):
        for child in getattr(node, block, []):
            if isinstance(child, ast.ExceptHandler):
                names += [n for c in child.body for n in _bound_names(c)]
            else:
                names += _bound_names(child)
    if isinstance(node, ast.For | ast.AsyncFor):
        names += _targets(node.target)
    if isinstance(node, ast.With | ast.AsyncWith):
        names += [
            n
            for item in node.items
            if item.optional_vars
            for n in _targets(item.optional_vars)
        ]
    return names


def _used_names(node: ast.AST) -> set[str]:
    return {
        child.id
        for child in ast.walk(node)
        if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load)
    }


def _first_line(node: ast.stmt) -> int:
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)])


def _statement_source(lines: Sequence[str], node: ast.stmt) -> str:
    """The statement's lines, with the comment lines right above it.

    A banner comment (``# --- CPU-bound ---``) heads a group, not a single
    definition: it is left out.
    """
    start = _first_line(node) - 1
    end = node.end_lineno or node.lineno
    while start > 0:
        above = lines[start - 1].strip()
        if not above.startswith("#") or above.startswith(("# ---", "# ===")):
            break
        start -= 1
    return "".join(lines[start:end]).rstrip() + "\n"


@dataclass(frozen=True)
class _Module:
    name: str
    path: Path
    relative: str
    tree: ast.Module
    lines: list[str]

    @classmethod
    def load(cls, module: str, package_dir: Path) -> _Module:
        path = _module_file(module, package_dir)
        if path is None:
            raise SourceError(f"there is no module {module} in {package_dir}")
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(package_dir.parent).as_posix()
        return cls(
            module, path, relative, _parse(text, relative), text.splitlines(True)
        )

    def binders(self) -> dict[str, list[ast.stmt]]:
        """For each module-level name, the top-level statements that bind it,
        or change it afterwards (``Server.register("jobs", ...)``).

        An ``if TYPE_CHECKING:`` block binds nothing: its imports serve the
        type checker, and a copy that keeps ``from __future__ import
        annotations`` never evaluates the annotations that name them.
        """
        found: dict[str, list[ast.stmt]] = {}
        for node in self.tree.body:
            if _is_type_checking_block(node):
                continue
            for name in [*_bound_names(node), *_changed_names(node)]:
                found.setdefault(name, []).append(node)
        return found

    def closure(self, names: Iterable[str]) -> list[ast.stmt]:
        """Statements defining *names* and everything they use, in file order."""
        binders = self.binders()
        needed = reachable(
            names,
            lambda name: [
                used for node in binders.get(name, []) for used in _used_names(node)
            ],
        )
        wanted = {id(node): node for name in needed for node in binders.get(name, [])}
        return sorted(wanted.values(), key=lambda node: node.lineno)

    def check_defines(self, names: Iterable[str]) -> None:
        binders = self.binders()
        for name in names:
            nodes = binders.get(name, [])
            if not nodes:
                raise SourceError(f"{self.relative} does not define {name}")
            if all(isinstance(n, ast.Import | ast.ImportFrom) for n in nodes):
                raise SourceError(
                    f"{self.relative} does not define {name}: it imports it "
                    "(import it from where it is defined)"
                )


def _root_name(node: ast.expr) -> str | None:
    """``X`` of ``X.a.b``, ``X[i]`` or ``X.a(...)``."""
    while isinstance(node, ast.Attribute | ast.Subscript | ast.Call):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _changed_names(node: ast.stmt) -> list[str]:
    """Module-level names a top-level statement changes without binding them:
    a method call on them, or an assignment to one of their attributes."""
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        targets = [node.value.func]
    elif isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AugAssign | ast.AnnAssign):
        targets = [node.target]
    else:
        return []
    roots = [
        _root_name(target)
        for target in targets
        if isinstance(target, ast.Attribute | ast.Subscript)
    ]
    return [root for root in roots if root]


def _is_type_checking_block(node: ast.stmt) -> bool:
    """``if TYPE_CHECKING:`` (or ``if typing.TYPE_CHECKING:``) with no ``else``."""
    if not isinstance(node, ast.If) or node.orelse:
        return False
    test = node.test
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", None)
    return name == "TYPE_CHECKING"


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def definitions(
    module: str, names: Sequence[str], package_dir: Path
) -> list[Definition]:
    """The source of *names* from *module*, and of the module-level names they use.

    *module* is dotted (``mpguide.tasks``); *package_dir* is the package's
    folder. Definitions come in file order; imports are not included (see
    :func:`standalone`), nor the module's ``__all__`` or docstring.
    """
    loaded = _Module.load(module, package_dir)
    loaded.check_defines(names)
    return [
        Definition(
            module,
            loaded.relative,
            tuple(_bound_names(node)),
            _statement_source(loaded.lines, node),
            node.lineno,
        )
        for node in loaded.closure(names)
        if not isinstance(node, ast.Import | ast.ImportFrom) and not _is_docstring(node)
    ]


# --- What an example may import ------------------------------------------------


def example_problems(source: str, package_dir: Path, where: str = "") -> list[str]:
    """What keeps an example from being a lesson that a reader can copy.

    From the project, an example may import only names (functions, classes,
    constants) defined in a worker module of ``mpguide``, and a worker module
    imports no project code. Nothing from the docs side (``mpdocs``, ``tools``)
    may be imported at all.
    """
    prefix = f"{where}: " if where else ""
    package = package_dir.name
    tree = _parse(source, where or "<example>")
    found = []
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [node.module]
        found += [
            f"{prefix}imports {m}, which only the build and the tests have"
            for m in modules
            if m.split(".")[0] in DOCS_SIDE
        ]
    for project in project_imports(source, package):
        if not project.names:
            found.append(
                f"{prefix}'{project.describe()}': import the names it uses "
                f"(from {project.module} import NAME)"
            )
            continue
        if not project.top_level:
            found.append(
                f"{prefix}'{project.describe()}' (line {project.lineno}) is not at "
                "the top of the file"
            )
        if project.module == package:
            found.append(
                f"{prefix}'{project.describe()}': import each name from the "
                f"worker module that defines it ({package}.MODULE)"
            )
            continue
        found += [
            f"{prefix}{problem}"
            for problem in _worker_module_problems(project, package_dir)
        ]
    return found


def _worker_module_problems(project: ProjectImport, package_dir: Path) -> list[str]:
    short = project.module.partition(".")[2]
    if short in PLUMBING:
        return [
            (
                f"imports {project.module}, project plumbing and not a worker module: "
                "write those few lines in the example"
            )
        ]
    try:
        loaded = _Module.load(project.module, package_dir)
        loaded.check_defines(project.names)
    except SourceError as error:
        return [f"'{project.describe()}': {error}"]
    package = package_dir.name
    inner = [i.describe() for i in project_imports("".join(loaded.lines), package)]
    inner += [
        f"from {'.' * n.level}{n.module or ''} import ..."
        for n in ast.walk(loaded.tree)
        if isinstance(n, ast.ImportFrom) and n.level
    ]
    return [
        f"imports {project.module}, whose {loaded.relative} has '{line}': a worker "
        "module imports only the standard library"
        for line in inner
    ]


# --- Standalone scripts --------------------------------------------------------


@dataclass(frozen=True)
class _ImportItem:
    """One name an import binds: ``import a.b``, ``from m import n as o``."""

    module: str
    name: str | None = None
    asname: str | None = None

    @property
    def binds(self) -> str:
        if self.name is None:
            return self.asname or self.module.split(".")[0]
        return self.asname or self.name


def _import_items(node: ast.Import | ast.ImportFrom) -> list[_ImportItem]:
    if isinstance(node, ast.Import):
        return [_ImportItem(a.name, None, a.asname) for a in node.names]
    if node.level:
        raise SourceError(f"line {node.lineno}: relative import")
    return [_ImportItem(node.module or "", a.name, a.asname) for a in node.names]


def _alias(name: str, asname: str | None) -> str:
    return f"{name} as {asname}" if asname else name


def _name_order(name: str) -> tuple[int, str]:
    # As isort and ruff order them: CONSTANTS, then Classes, then functions.
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1 if name[:1].isupper() else 2, name.lower())


def _render_imports(items: Iterable[_ImportItem]) -> str:
    """Import statements grouped and ordered as ruff's isort would."""
    sections: dict[bool, list[_ImportItem]] = {True: [], False: []}
    for item in sorted(set(items), key=str):
        top = item.module.split(".")[0]
        sections[top in sys.stdlib_module_names].append(item)
    blocks = []
    for stdlib in (True, False):
        plain = sorted(
            {_alias(i.module, i.asname) for i in sections[stdlib] if i.name is None},
            key=str.lower,
        )
        lines = [f"import {name}" for name in plain]
        modules = sorted({i.module for i in sections[stdlib] if i.name is not None})
        for module in modules:
            names = sorted(
                {
                    _alias(i.name, i.asname)
                    for i in sections[stdlib]
                    if i.module == module and i.name is not None
                },
                key=_name_order,
            )
            line = f"from {module} import {', '.join(names)}"
            if len(line) > 88:
                inner = "".join(f"    {name},\n" for name in names)
                line = f"from {module} import (\n{inner})"
            lines.append(line)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@dataclass
class _Standalone:
    """The parts of a standalone script, gathered before it is written."""

    where: str
    future: set[str] = field(default_factory=set)
    imports: list[_ImportItem] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    #: Name -> the file its copied definition comes from.
    defined: dict[str, str] = field(default_factory=dict)

    def take_imports(self, statements: Iterable[ast.Import | ast.ImportFrom]) -> None:
        for statement in statements:
            if (
                isinstance(statement, ast.ImportFrom)
                and statement.module == "__future__"
            ):
                self.future.update(alias.name for alias in statement.names)
            else:
                self.imports += _import_items(statement)

    def copy(self, loaded: _Module, names: Sequence[str]) -> None:
        """Copy *names* from *loaded*, with what they use, under a banner."""
        nodes = loaded.closure(names)
        used: set[str] = set()
        for node in nodes:
            used |= _used_names(node)
        self.take_imports(
            n
            for n in loaded.tree.body
            if isinstance(n, ast.ImportFrom)
            and n.level == 0
            and n.module == "__future__"
        )
        chunks = []
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                if not (
                    isinstance(node, ast.ImportFrom) and node.module == "__future__"
                ):
                    self.imports += [i for i in _import_items(node) if i.binds in used]
                continue
            if _is_docstring(node):
                continue
            for name in _bound_names(node):
                if self.defined.setdefault(name, loaded.relative) != loaded.relative:
                    raise SourceError(
                        f"{self.where}: {name} is defined in both "
                        f"{self.defined[name]} and {loaded.relative}"
                    )
            chunks.append(_statement_source(loaded.lines, node).rstrip("\n"))
        banner = _BANNER.format(
            path=loaded.relative, module=loaded.name, names=", ".join(names)
        )
        self.copied.append("\n\n\n".join([banner, *chunks]))

    def check(self, own: set[str], package: str) -> None:
        """No name bound twice, by two imports or by an import and a copy."""
        by_binding: dict[str, set[_ImportItem]] = {}
        for item in self.imports:
            by_binding.setdefault(item.binds, set()).add(item)
        for name, choices in by_binding.items():
            plain = {c for c in choices if c.name is None}
            if len(choices) > 1 and len(plain) != len(choices):
                spelled = " and ".join(sorted(str(c) for c in choices))
                raise SourceError(
                    f"{self.where}: {name} would be imported twice: {spelled}"
                )
        clash = sorted(own & set(self.defined))
        if clash:
            raise SourceError(
                f"{self.where} defines {', '.join(clash)}, which it also imports "
                f"from {package}"
            )

    def text(self, docstring: str | None, rest: str) -> str:
        parts = [docstring] if docstring else []
        if self.future:
            parts.append(f"from __future__ import {', '.join(sorted(self.future))}")
        imports = _render_imports(self.imports)
        if imports:
            parts.append(imports)
        text = "\n\n".join(parts)
        for block in [*self.copied, rest.strip("\n")]:
            if block:
                text += "\n\n\n" + block
        return text.rstrip("\n") + "\n"


def standalone(example: Path, package_dir: Path) -> str:
    """*example* as one file that runs without the ``mpguide`` package.

    The example's docstring, its ``from __future__`` imports, the imports
    that it and the inlined code need, the definitions it imports from
    ``mpguide`` (each module's under a comment saying where they were copied
    from), then the rest of the script without its ``mpguide`` imports.
    Under spawn a child finds those functions in ``__mp_main__``, the
    script's own module re-run in the child, as for any function of a
    script. An example that imports nothing from ``mpguide`` comes back
    unchanged. Raises :class:`SourceError` (naming the problem) for an
    example that :func:`example_problems` rejects.
    """
    where = f"examples/{example.name}"
    source = example.read_text(encoding="utf-8")
    problems = example_problems(source, package_dir, where)
    if problems:
        raise SourceError(
            f"cannot make a standalone {where}:\n  " + "\n  ".join(problems)
        )
    project = project_imports(source, package_dir.name)
    if not project:
        return source  # already standalone: offered as it is
    lines = source.splitlines(True)
    body = list(_parse(source, where).body)
    docstring = body.pop(0) if body and _is_docstring(body[0]) else None
    leading: list[ast.Import | ast.ImportFrom] = []
    while body and isinstance(body[0], ast.Import | ast.ImportFrom):
        leading.append(body.pop(0))  # type: ignore[arg-type]
    skipped = {n for p in project for n in range(p.lineno, p.end_lineno + 1)}

    parts = _Standalone(where)
    parts.take_imports(s for s in leading if s.lineno not in skipped)
    wanted: dict[str, list[str]] = {}
    for found in project:
        names = wanted.setdefault(found.module, [])
        names += [n for n in found.names if n not in names]
    for module, names in wanted.items():
        parts.copy(_Module.load(module, package_dir), names)
    parts.check({n for node in body for n in _bound_names(node)}, package_dir.name)

    head = leading[-1] if leading else docstring
    start = (head.end_lineno or head.lineno) + 1 if head else 1
    rest = "".join(
        line
        for number, line in enumerate(lines, start=1)
        if number >= start and number not in skipped
    )
    text = parts.text(
        "".join(lines[docstring.lineno - 1 : docstring.end_lineno]).rstrip()
        if docstring
        else None,
        rest,
    )
    _parse(text, f"standalone {where}")
    return text
