"""What an example imports from mpguide, its source, and standalone copies."""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from example_cases import CASES

from mpdocs.sources import (
    SourceError,
    definitions,
    example_problems,
    imported_files,
    imported_modules,
    project_imports,
    standalone,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
#: Quick examples that are also run in full from their standalone copy.
RUN_IN_FULL = ("process_basics.py", "process_args.py")

WORKERS = '''\
"""Workers for the tests."""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterable

__all__ = ["LIMIT", "TaskFailed", "count_primes", "fail", "greet"]

#: The default limit.
LIMIT = 50


class TaskFailed(Exception):
    """A worker gave up."""


# --- CPU-bound ---------------------------------------------------------------


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


@functools.lru_cache
def count_primes(limit: int = LIMIT) -> int:
    """Count the primes below *limit*."""
    return sum(1 for n in range(limit) if _is_prime(n))


def total(values: Iterable[int]) -> int:
    return sum(values)


def greet(name: str) -> None:
    print(f"hello, {name} from {os.getpid() > 0}", flush=True)


def fail(message: str) -> None:
    raise TaskFailed(message)
'''


def _package(tmp_path: Path, **modules: str) -> Path:
    package = tmp_path / "mpguide"
    package.mkdir()
    (package / "__init__.py").write_text('"""Test package."""\n')
    for name, text in {"workers": WORKERS, **modules}.items():
        (package / f"{name}.py").write_text(textwrap.dedent(text))
    return package


def _example(tmp_path: Path, text: str, name: str = "demo.py") -> Path:
    folder = tmp_path / "examples"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def _run_alone(
    script: Path, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run *script* from an empty folder with nothing but Python's stdlib.

    ``-I`` ignores PYTHONPATH, user site-packages and the script's folder;
    ``-S`` leaves out site-packages too, so an installed mpguide cannot be
    found. Scripts that need a third-party package keep site-packages but
    have ``mpguide`` blocked, so importing it fails just the same.
    """
    folder = script.parent / "empty"
    folder.mkdir(exist_ok=True)
    imported = {m.split(".")[0] for m in imported_modules(script.read_text())}
    if imported <= set(sys.stdlib_module_names):
        command = [sys.executable, "-I", "-S", str(script), *args]
    else:
        blocked = (
            "import runpy, sys; sys.modules['mpguide'] = None; "
            "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
        )
        command = [sys.executable, "-I", "-c", blocked, str(script), *args]
    return subprocess.run(
        command,
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# --- Reading imports -------------------------------------------------------------


def test_project_imports_in_every_spelling() -> None:
    source = textwrap.dedent(
        """
        import os
        import mpguide.workers
        from mpguide import workers
        from mpguide.workers import (
            count_primes,
            greet,
        )

        def main():
            from mpguide.pools import square
        """
    )
    found = [(i.describe(), i.top_level) for i in project_imports(source)]
    assert found == [
        ("import mpguide.workers", True),
        ("from mpguide import workers", True),
        ("from mpguide.workers import count_primes, greet", True),
        ("from mpguide.pools import square", False),
    ]
    greet_import = project_imports(source)[2]
    assert (greet_import.lineno, greet_import.end_lineno) == (5, 8)


def test_imported_files_follow_imports_transitively(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        a="from mpguide.b import x\n",
        b="from . import c\nx = 1\n",
        c="def later():\n    import mpguide.d\n",
        d="",
        unused="",
    )
    (package / "sub").mkdir()
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "e.py").write_text("")
    files = imported_files(
        [
            "from mpguide.a import x",
            "from mpguide import workers",
            "import mpguide.sub.e",
        ],
        package,
    )
    names = [f.relative_to(tmp_path).as_posix() for f in files]
    assert names == [
        "mpguide/__init__.py",
        "mpguide/a.py",
        "mpguide/b.py",
        "mpguide/c.py",
        "mpguide/d.py",
        "mpguide/sub/__init__.py",
        "mpguide/sub/e.py",
        "mpguide/workers.py",
    ]
    assert imported_files(["import os"], package) == [package / "__init__.py"]


# --- Definitions -----------------------------------------------------------------


def test_definitions_bring_what_they_use_in_file_order(tmp_path: Path) -> None:
    package = _package(tmp_path)
    found = definitions("mpguide.workers", ["count_primes", "fail"], package)
    assert [(d.path, d.names) for d in found] == [
        ("mpguide/workers.py", ("LIMIT",)),
        ("mpguide/workers.py", ("TaskFailed",)),
        ("mpguide/workers.py", ("_is_prime",)),
        ("mpguide/workers.py", ("count_primes",)),
        ("mpguide/workers.py", ("fail",)),
    ]
    by_name = {d.names[0]: d.source for d in found}
    # The comment right above stays; a banner heading a group does not.
    assert by_name["LIMIT"] == "#: The default limit.\nLIMIT = 50\n"
    assert by_name["_is_prime"].startswith("def _is_prime(")
    assert by_name["count_primes"].startswith("@functools.lru_cache\ndef count_pr")


def test_definitions_refuse_a_name_the_module_does_not_define(tmp_path: Path) -> None:
    package = _package(tmp_path)
    with pytest.raises(SourceError, match=r"mpguide/workers.py does not define nope"):
        definitions("mpguide.workers", ["nope"], package)
    with pytest.raises(SourceError, match=r"does not define math: it imports it"):
        definitions("mpguide.workers", ["math"], package)
    with pytest.raises(SourceError, match=r"there is no module mpguide.gone"):
        definitions("mpguide.gone", ["x"], package)


# --- What an example may import --------------------------------------------------


def test_example_problems_name_each_import_a_reader_cannot_have(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        cli="def example_parser():\n    pass\n",
        chunking="from mpguide.workers import count_primes\n\ndef sweep():\n    pass\n",
    )
    source = textwrap.dedent(
        """
        import mpdocs
        from tools.lint_docs import problems
        import mpguide.workers
        from mpguide import workers
        from mpguide.cli import example_parser
        from mpguide.chunking import sweep
        from mpguide.workers import count_primes, nope, math

        def main():
            from mpguide.workers import greet
        """
    )
    assert example_problems(source, package, "examples/x.py") == [
        "examples/x.py: imports mpdocs, which only the build and the tests have",
        (
            "examples/x.py: imports tools.lint_docs, which only the build and the tests "
            "have"
        ),
        (
            "examples/x.py: 'import mpguide.workers': import the names it uses "
            "(from mpguide.workers import NAME)"
        ),
        (
            "examples/x.py: 'from mpguide import workers': import each name from the "
            "worker module that defines it (mpguide.MODULE)"
        ),
        (
            "examples/x.py: imports mpguide.cli, project plumbing and not a worker "
            "module: write those few lines in the example"
        ),
        (
            "examples/x.py: imports mpguide.chunking, whose mpguide/chunking.py has "
            "'from mpguide.workers import count_primes': a worker module imports only "
            "the standard library"
        ),
        (
            "examples/x.py: 'from mpguide.workers import count_primes, nope, math': "
            "mpguide/workers.py does not define nope"
        ),
        (
            "examples/x.py: 'from mpguide.workers import greet' (line 11) is not at the "
            "top of the file"
        ),
    ]
    fine = "from mpguide.workers import LIMIT, TaskFailed, count_primes\n"
    assert example_problems(fine, package) == []


# --- Standalone copies -----------------------------------------------------------

DEMO = '''
"""Count primes in a child, and let another child fail.

Prints the count, then the failure's exit code.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os

from mpguide.workers import TaskFailed, count_primes, fail  # the workers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    with ctx.Pool(1) as pool:
        print("primes:", pool.apply(count_primes, (100,)), os.sep == os.sep)
        try:
            pool.apply(fail, ("no",))
        except TaskFailed as error:
            print("failed:", error)


if __name__ == "__main__":
    main()
'''


def test_standalone_layout(tmp_path: Path) -> None:
    package = _package(tmp_path)
    text = standalone(_example(tmp_path, DEMO), package)
    assert text.startswith('"""Count primes in a child, and let another child fail.')
    head = text[: text.index("# Copied from")]
    assert head.endswith(
        '"""\n\nfrom __future__ import annotations\n\n'
        "import argparse\nimport functools\nimport math\nimport multiprocessing\n"
        "import os\n\n\n"
    )
    assert (
        "# Copied from mpguide/workers.py, so that this file runs without the "
        "mpguide\n# package. The example on the site imports them from it:\n"
        "#     from mpguide.workers import TaskFailed, count_primes, fail\n"
    ) in text
    assert project_imports(text) == []
    assert "__all__" not in text
    assert "def greet" not in text  # not imported, not used
    assert "Iterable" not in text  # only total() uses it
    assert text.index("def _is_prime") < text.index("def count_primes")
    assert text.index("def fail") < text.index("\n\ndef main() -> None:")
    assert text.endswith('if __name__ == "__main__":\n    main()\n')
    assert "\n\n\n\n" not in text


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_standalone_runs_with_nothing_but_python(tmp_path: Path, method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on {sys.platform}")
    package = _package(tmp_path)
    script = tmp_path / "out" / "demo.py"
    script.parent.mkdir()
    script.write_text(standalone(_example(tmp_path, DEMO), package))
    result = _run_alone(script, "--start-method", method)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "primes: 25 True\nfailed: no\n"


def test_standalone_refuses_what_a_reader_cannot_run(tmp_path: Path) -> None:
    package = _package(tmp_path, cli="def example_parser():\n    pass\n")
    plumbing = _example(tmp_path, "from mpguide.cli import example_parser\n")
    with pytest.raises(SourceError, match=r"examples/demo.py: imports mpguide.cli"):
        standalone(plumbing, package)
    clash = _example(
        tmp_path, "from mpguide.workers import fail\n\n\ndef fail():\n    pass\n"
    )
    with pytest.raises(SourceError, match=r"defines fail, which it also imports"):
        standalone(clash, package)
    twice = _example(
        tmp_path,
        "from os import path as math\n\nfrom mpguide.workers import count_primes\n",
    )
    with pytest.raises(SourceError, match=r"math would be imported twice"):
        standalone(twice, package)


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.name)
def test_every_example_has_a_standalone_copy_that_runs(
    tmp_path: Path, script: Path
) -> None:
    """Each example's download runs with nothing but Python: --help always,
    and a full run (its default contract) for a few quick ones."""
    copy = tmp_path / script.name
    copy.write_text(standalone(script, ROOT / "mpguide"), encoding="utf-8")
    assert project_imports(copy.read_text(encoding="utf-8")) == []
    result = _run_alone(copy, "--help", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: "), result.stdout
    if script.name in RUN_IN_FULL:
        case = CASES[script.name][0]
        result = _run_alone(copy, *case.args)
        assert result.returncode == case.returncode, result.stderr
        for pattern in case.stdout:
            assert re.search(pattern, result.stdout, re.MULTILINE), result.stdout


def test_an_example_without_project_imports_is_offered_as_it_is(
    tmp_path: Path,
) -> None:
    package = _package(tmp_path)
    text = '"""Alone."""\n\nimport sys  # comments stay\nimport os\n\nprint(os.sep)\n'
    assert standalone(_example(tmp_path, text), package) == text


def test_statements_that_change_a_name_come_with_it(tmp_path: Path) -> None:
    # A manager class is useless without the register() calls after it.
    package = _package(
        tmp_path,
        remote=(
            "from multiprocessing.managers import BaseManager\n"
            "def _jobs():\n"
            "    return []\n"
            "class Server(BaseManager):\n"
            "    pass\n"
            "Server.register('jobs', callable=_jobs)\n"
            "Server.greeting = 'hi'\n"
            "class Other(BaseManager):\n"
            "    pass\n"
            "Other.register('unrelated')\n"
        ),
    )
    found = definitions("mpguide.remote", ["Server"], package)
    sources = "".join(d.source for d in found)
    assert "Server.register('jobs', callable=_jobs)" in sources
    assert "def _jobs" in sources
    assert "Server.greeting = 'hi'" in sources
    assert "Other" not in sources


def test_typing_only_imports_stay_out_of_copies(tmp_path: Path) -> None:
    # An optional library named only in annotations (imported for the type
    # checker) and imported for real inside the function that uses it.
    package = _package(
        tmp_path,
        arrays=(
            "from __future__ import annotations\n"
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n"
            "    import numpy as np\n"
            "def total(values: np.ndarray) -> int:\n"
            "    import numpy as np\n"
            "    return int(np.sum(values))\n"
        ),
    )
    found = definitions("mpguide.arrays", ["total"], package)
    assert [d.names for d in found] == [("total",)]
    example = _example(
        tmp_path,
        """
        \"\"\"Total.\"\"\"

        from mpguide.arrays import total

        print(total)
        """,
    )
    code = standalone(example, package)
    assert "TYPE_CHECKING" not in code
    assert code.startswith('"""Total."""\n\nfrom __future__ import annotations\n')
    # The annotation is never evaluated: the copy runs without numpy's import.
    copy = tmp_path / "copy.py"
    copy.write_text(code, encoding="utf-8")
    result = _run_alone(copy, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<function total"), result.stdout
