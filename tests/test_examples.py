"""Run every example under every start method it supports, on this Python."""

from __future__ import annotations

import multiprocessing
import re
import sys
from pathlib import Path

import pytest
from conftest import RunClean
from example_cases import ALL_METHODS, CASES, Case

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
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
    assert scripts == set(CASES), "examples/ and tests/example_cases.py disagree"


@pytest.mark.parametrize(("name", "case", "method"), _matrix())
def test_example(
    run_clean: RunClean, name: str, case: Case, method: str | None
) -> None:
    args = ("--start-method", method, *case.args) if method else case.args
    result = run_clean(name, *args, timeout=case.timeout)
    assert result.returncode == case.returncode, result.stderr
    case.check(result.stdout, result.stderr)


@pytest.mark.parametrize(
    "name", sorted(n for n, c in CASES.items() if c[0].start_methods)
)
@pytest.mark.parametrize("bad", ["thread", "SPAWN", ""])
def test_unknown_start_method_is_one_line_error(
    run_clean: RunClean, name: str, bad: str
) -> None:
    result = run_clean(name, "--start-method", bad)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert re.fullmatch(
        rf"{re.escape(name)}: error: argument --start-method: unknown start method "
        rf"'{re.escape(bad)}' \(choose from {', '.join(ALL_METHODS)}\)",
        lines[0],
    ), lines[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_example_shape(name: str) -> None:
    """Docstring first, a main() function, and the __main__ guard."""
    source = (EXAMPLES / name).read_text(encoding="utf-8")
    assert source.startswith('"""'), f"{name} must open with its docstring"
    assert "\ndef main() -> None:\n" in source, f"{name} needs def main() -> None"
    assert source.rstrip().endswith('if __name__ == "__main__":\n    main()'), name
