"""The 2016 post's code, run as published: what the errata page says happens.

The files in ``examples/original/`` are kept broken on purpose. These tests pin
down how they fail (or, worse, how they "succeed"), so the errata page's prose
stays true on every supported Python.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import RunClean

from mpdocs.diffs import LineChange, changed_lines

ORIGINALS = Path(__file__).resolve().parents[2] / "examples" / "original"


def _read(name: str) -> str:
    return (ORIGINALS / name).read_text(encoding="utf-8")


# --- The variants change exactly what the README and the page say ------------


def test_syntax_fixed_variant_adds_one_parenthesis_only() -> None:
    original = _read("first_example.py")
    fixed = _read("first_example_syntax_fixed.py")
    [change] = changed_lines(original, fixed)
    assert change == LineChange(
        13,
        '    print("In parent process, id: ".format(os.getpid())',
        '    print("In parent process, id: ".format(os.getpid()))',
    )
    assert len(fixed) == len(original) + 1


def test_names_added_variant_keeps_the_snippet_unchanged() -> None:
    snippet = _read("set_start_method_snippet.py")
    completed = _read("set_start_method_snippet_names_added.py")
    assert completed.endswith(snippet)
    added = completed[: -len(snippet)]
    assert (
        added == 'import multiprocessing as mp\n\ndef foo():\n    print("foo ran")\n\n'
    )


def test_originals_keep_the_posts_whitespace() -> None:
    # The post's first example has lines holding four spaces; a tidy-up by an
    # editor or formatter would silently change "the code as published".
    assert "\n    \nif __name__" in _read("first_example.py")
    assert _read("pool_example.py").endswith("    pool.join()\n    \n")


# --- Running them --------------------------------------------------------------


def test_first_example_is_a_syntax_error(run_clean: RunClean) -> None:
    run = run_clean("original/first_example.py")
    assert run.returncode == 1
    assert run.stdout == "", "nothing may run before the SyntaxError"
    assert re.search(r'first_example\.py", line 13\b', run.stderr), run.stderr
    assert re.search(r"^SyntaxError: '\(' was never closed$", run.stderr, re.MULTILINE)


def test_syntax_fixed_child_gets_eight_arguments(run_clean: RunClean) -> None:
    run = run_clean("original/first_example_syntax_fixed.py")
    # The child fails, but nobody checks its exit code: the program "succeeds".
    assert run.returncode == 0, run.stderr
    assert re.search(
        r"^TypeError: task\(\) takes 1 positional argument but 8 were given$",
        run.stderr,
        re.MULTILINE,
    ), run.stderr
    # The task body never ran.
    assert "Task start" not in run.stdout
    assert "Task done" not in run.stdout
    # The .format() calls have no {} placeholder: no PID is printed anywhere.
    assert not re.search(r"\d", run.stdout), run.stdout
    assert run.stdout.splitlines() == [
        "In parent process, id: ",
        "In parent process, after child process start",
        "parent process about to join child process",
        "In parent process, after child process join",
        "parent process exiting with id ",
        "the parent's parent process: ",
    ]


def test_start_method_snippet_is_a_name_error(run_clean: RunClean) -> None:
    run = run_clean("original/set_start_method_snippet.py")
    assert run.returncode == 1
    assert run.stdout == ""
    assert re.search(r"^NameError: name 'mp' is not defined", run.stderr, re.MULTILINE)


def test_completed_snippet_fails_in_the_child_without_a_main_guard(
    run_clean: RunClean,
) -> None:
    run = run_clean("original/set_start_method_snippet_names_added.py")
    # The spawned child re-runs the unguarded module, calls set_start_method()
    # a second time and dies; the parent never looks and exits 0.
    assert run.returncode == 0, run.stderr
    assert "foo ran" not in run.stdout
    assert re.search(
        r"^RuntimeError: context has already been set$", run.stderr, re.MULTILINE
    ), run.stderr


def test_pool_example_runs_and_prints_100(run_clean: RunClean) -> None:
    run = run_clean("original/pool_example.py")
    # close() and join() after the with block find a terminated pool: no error.
    assert run.returncode == 0, run.stderr
    assert run.stdout == "100\n"
    assert run.stderr == ""
