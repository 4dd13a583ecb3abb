"""The internal link checker used by ``nox -s linkcheck``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "check_links", ROOT / "tools" / "check_links.py"
)
assert _spec
assert _spec.loader
check_links = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_links)


def test_finds_missing_pages_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<h1 id="top">Hi</h1>'
        '<a href="#top">ok</a> <a href="page.html#here">ok</a>'
        '<a href="page.html#nowhere">bad anchor</a> <a href="gone.html">bad page</a>'
        '<a href="https://example.org/x">external, skipped</a>'
        '<img src="_static/missing.png">'
    )
    (tmp_path / "page.html").write_text(
        '<section id="here"></section><a href="index.html">up</a>'
    )
    problems = check_links.broken_links(tmp_path)
    assert len(problems) == 3, problems
    assert any("page.html#nowhere -> missing anchor" in p for p in problems)
    assert any("gone.html -> missing file" in p for p in problems)
    assert any("_static/missing.png -> missing file" in p for p in problems)
    assert all(p.startswith("index.html:") for p in problems)


def test_clean_site_has_no_problems(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<a id="a" href="#a">self</a>')
    assert check_links.broken_links(tmp_path) == []


def test_links_from_the_root_are_checked_from_the_site_root(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<h1 id="top">Hi</h1>')
    (tmp_path / "deep").mkdir()
    (tmp_path / "404.html").write_text(
        '<a href="/index.html#top">home</a> <a href="/deep/gone.html">bad</a>'
        '<link href="/_static/x.css" rel="stylesheet">'
    )
    problems = check_links.broken_links(tmp_path)
    assert len(problems) == 2, problems
    assert any("/deep/gone.html -> missing file" in p for p in problems)
    assert any("/_static/x.css -> missing file" in p for p in problems)
