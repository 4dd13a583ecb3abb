"""tools/check_one_cpu.py: the one-CPU build must say it had one CPU."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "check_one_cpu", ROOT / "tools" / "check_one_cpu.py"
)
assert _spec
assert _spec.loader
check_one_cpu = importlib.util.module_from_spec(_spec)
sys.modules["check_one_cpu"] = check_one_cpu
_spec.loader.exec_module(check_one_cpu)

PAGE = "# Speed\n\n```{builder-note} one-cpu One CPU\nOne CPU here.\n```\n\n```{builder-note} busy Busy\nBusy.\n```\n"
STAMP = "<p>[exit status 0 · CPython 3.13.0 · Linux x86_64 · 1 usable CPU]</p>"
NOTE = '<div class="admonition builder-note builder-one-cpu"><p>One CPU here.</p></div>'


def _site(tmp_path: Path, built: dict[str, str]) -> tuple[Path, Path]:
    docs, html = tmp_path / "docs", tmp_path / "html"
    docs.mkdir()
    html.mkdir()
    (docs / "speed.md").write_text(PAGE, encoding="utf-8")
    (docs / "plain.md").write_text("# Plain\n\nNo measurement.\n", encoding="utf-8")
    for page, text in built.items():
        (html / f"{page}.html").write_text(text, encoding="utf-8")
    return html, docs


def test_a_one_cpu_build_showing_its_notes_passes(tmp_path: Path) -> None:
    html, docs = _site(tmp_path, {"speed": STAMP + NOTE, "plain": "<p>Plain</p>"})
    assert check_one_cpu.problems(html, docs) == []
    assert check_one_cpu.noted_pages(docs) == ["speed"]


@pytest.mark.parametrize(
    ("built", "problem"),
    [
        ({}, "speed: not built"),
        ({"speed": NOTE}, "speed: no '1 usable CPU' stamp: was the build pinned?"),
        ({"speed": STAMP}, "speed: its one-cpu builder note is not shown"),
        (
            {"speed": STAMP + NOTE + '<div class="builder-note builder-busy"></div>'},
            "speed: shows the busy note on a one-CPU build",
        ),
    ],
)
def test_a_page_that_does_not_say_it_had_one_cpu_fails(
    tmp_path: Path, built: dict[str, str], problem: str
) -> None:
    html, docs = _site(tmp_path, built)
    assert check_one_cpu.problems(html, docs) == [problem]


def test_no_noted_page_is_a_check_that_proves_nothing(tmp_path: Path) -> None:
    html, docs = _site(tmp_path, {})
    (docs / "speed.md").unlink()
    [problem] = check_one_cpu.problems(html, docs)
    assert "no page" in problem
