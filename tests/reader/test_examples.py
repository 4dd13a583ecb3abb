"""Run every example under every start method it supports, on this Python."""

from __future__ import annotations

import ast
import multiprocessing
import re
import sys
from pathlib import Path

import pytest
from conftest import RunClean
from example_cases import ALL_METHODS, CASES, Case

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AVAILABLE = multiprocessing.get_all_start_methods()


def _matrix() -> list[object]:
    params = []
    for name, cases in sorted(CASES.items()):
        for case in cases:
            for method in case.start_methods or (None,):
                marks = (
                    [
                        pytest.mark.skip(
                            reason=f"{method} is not available on {sys.platform}"
                        )
                    ]
                    if method is not None and method not in AVAILABLE
                    else []
                )
                params.append(
                    pytest.param(
                        name, case, method, id=f"{name}-{case.id}-{method}", marks=marks
                    )
                )
    return params


def test_every_example_has_cases() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py")}
    assert scripts == set(CASES), "examples/ and tests/reader/cases/ disagree"


@pytest.mark.parametrize(("name", "case", "method"), _matrix())
def test_example(
    run_clean: RunClean, name: str, case: Case, method: str | None
) -> None:
    args = ("--start-method", method, *case.args) if method else case.args
    result = run_clean(
        name, *args, timeout=case.timeout, tracker_cleanup=case.tracker_cleanup
    )
    assert result.returncode == case.returncode, result.stderr
    case.check(result.stdout, result.stderr)


def test_unknown_start_method_is_an_argparse_usage_error(run_clean: RunClean) -> None:
    """Every example takes --start-method the same way (see the shape test):
    argparse choices, so one example stands for all."""
    result = run_clean("process_basics.py", "--start-method", "thread")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("usage: process_basics.py "), result.stderr
    assert re.search(
        r"^process_basics.py: error: argument --start-method: invalid choice: "
        r"'thread' \(choose from .*spawn",
        result.stderr,
        re.MULTILINE,
    ), result.stderr


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_shape(name: str) -> None:
    """Docstring first, a main() function, and the __main__ guard."""
    source = (EXAMPLES / name).read_text(encoding="utf-8")
    assert source.startswith('"""'), f"{name} must open with its docstring"
    assert "\ndef main() -> None:\n" in source, f"{name} needs def main() -> None"
    # freeze_support() is the one call allowed before main(), straight after
    # the guard (examples/freeze_support_main.py shows where it goes).
    assert re.search(
        r'\nif __name__ == "__main__":\n'
        r"(    multiprocessing\.freeze_support\(\).*\n)?    main\(\)\Z",
        source.rstrip(),
    ), name


ALL_CHOICES = "multiprocessing.get_all_start_methods()"


def _start_method_options(tree: ast.Module) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "--start-method"
    ]


def _spelled(choices: ast.expr, tree: ast.Module) -> str:
    """``ALL_CHOICES`` for a name bound to that call; else the expression."""
    if isinstance(choices, ast.Name):
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == choices.id for t in node.targets
            ):
                return ast.unparse(node.value)
    return ast.unparse(choices)


@pytest.mark.parametrize("name", sorted(CASES))
def test_start_method_option_is_a_plain_argparse_choice(name: str) -> None:
    """--start-method offers multiprocessing.get_all_start_methods() as
    argparse choices (or, where a lesson needs it, a literal subset), with no
    custom type: argparse's own usage error is the only one."""
    tree = ast.parse((EXAMPLES / name).read_text(encoding="utf-8"))
    options = _start_method_options(tree)
    if CASES[name][0].start_methods:
        assert len(options) == 1, f"{name} runs under each start method: no option"
    for option in options:
        keywords = {k.arg: k.value for k in option.keywords}
        assert "type" not in keywords, f"{name}: --start-method needs no type="
        choices = keywords.get("choices")
        assert choices is not None, f"{name}: --start-method needs choices="
        spelled = _spelled(choices, tree)
        if spelled.startswith(("[", "(")):  # a literal, or a name bound to one
            literal = set(ast.literal_eval(spelled))
            assert literal <= set(ALL_METHODS), f"{name}: choices={spelled}"
        else:
            assert spelled == ALL_CHOICES, f"{name}: choices={spelled}"


def test_known_noise_is_cut_out_and_nothing_else() -> None:
    case = Case(known_noise=(r"^noise start\n(?:.*\n)*?noise end\n",))
    case.check("", "noise start\n  detail\nnoise end\n")
    with pytest.raises(AssertionError):
        case.check("", "noise start\nnoise end\nsomething else\n")
