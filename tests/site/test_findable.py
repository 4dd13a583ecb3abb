"""What web servers, search engines and link previews need from the built site.

Every file readable by the web server's user; a description and Open Graph
tags on every page; a real 404 page whose links work at any address; a
favicon at ``/favicon.ico``; and, when the public address is known, a sitemap
of every page. The local build has no public address, so the sitemap tests
build the site once more with Read the Docs' variable set to a test address,
without executing the notebooks (their outputs do not matter here).
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import stat
import subprocess
import sys
import threading
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SITE, pages

PUBLIC = "https://example.invalid/en/latest/"
NOT_IN_SITEMAP = {"search.html", "genindex.html", "404.html"}


class _Head(HTMLParser):
    """The meta and link tags of a page, and the text of its main article."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []
        self.hrefs: list[str] = []
        self.heading = ""  # the first <h1>, the page's title
        self._in_heading = False
        self._article_depth = 0
        self.article: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.meta[key] = values.get("content", "")
        if tag == "link":
            self.links.append(values)
        for key in ("href", "src"):
            if key in values and tag in {"a", "link", "script", "img"}:
                self.hrefs.append(values[key])
        self._in_heading = self._in_heading or (tag == "h1" and not self.heading)
        if tag == "article" or self._article_depth:
            self._article_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_heading = False
        if self._article_depth:
            self._article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_heading:
            self.heading += data
        if self._article_depth:
            self.article.append(data)

    @property
    def article_text(self) -> str:
        return " ".join(" ".join(self.article).split())


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", html.unescape(text))


def _head(path: Path) -> _Head:
    parsed = _Head()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


# --- Every file can be served --------------------------------------------------


def test_every_file_is_readable_by_other_users() -> None:
    """A web server or link checker running as another user can read it all."""
    assert (SITE / "index.html").is_file(), f"no built site in {SITE}"
    problems = []
    for folder, folders, files in os.walk(SITE):
        for name in folders:
            mode = (Path(folder) / name).stat().st_mode
            if not mode & stat.S_IXOTH:
                problems.append(f"{Path(folder, name)}/: {stat.filemode(mode)}")
        for name in files:
            mode = (Path(folder) / name).lstat().st_mode
            if not mode & stat.S_IROTH:
                problems.append(f"{Path(folder, name)}: {stat.filemode(mode)}")
    assert not problems, "not readable by others:\n" + "\n".join(problems)


def test_the_wheel_is_readable_by_other_users() -> None:
    """The file that was written 0600 (flit uses tempfile.mkstemp)."""
    (wheel,) = SITE.glob("mpguide-*-py3-none-any.whl")
    assert wheel.stat().st_mode & 0o777 == 0o644, stat.filemode(wheel.stat().st_mode)


# --- Descriptions and Open Graph -------------------------------------------------


@pytest.mark.parametrize("name", pages())
def test_page_has_a_description_and_open_graph_tags(name: str) -> None:
    head = _head(SITE / name)
    for key in ("og:title", "og:description", "og:type", "og:url", "description"):
        assert head.meta.get(key, "").strip(), f"{name}: no {key} meta tag"
    assert head.meta["og:title"] == head.heading.rstrip("¶#").strip(), name
    # The description is the page's own first words, not a template's
    # (compared on letters and digits: spacing around code differs).
    opening = _letters(head.meta["description"].removesuffix("..."))[:60]
    assert opening in _letters(head.article_text), (name, head.meta["description"])
    assert html.unescape(head.meta["og:description"]) == html.unescape(
        head.meta["description"]
    ), name


def test_local_build_claims_no_public_address() -> None:
    """Without a known address there is no sitemap and no canonical link."""
    if os.environ.get("READTHEDOCS_CANONICAL_URL"):
        pytest.skip("this build has a public address")
    assert not (SITE / "sitemap.xml").exists()
    head = _head(SITE / "index.html")
    assert not [link for link in head.links if link.get("rel") == "canonical"]


# --- The 404 page ------------------------------------------------------------------


def _first_paragraph(markdown: Path) -> str:
    text = markdown.read_text(encoding="utf-8").split("\n\n")
    prose = [block for block in text if block and not block.startswith(("#", "-"))]
    return " ".join(prose[0].split())


def test_404_page_says_what_its_markdown_says() -> None:
    head = _head(SITE / "404.html")
    assert head.meta["og:title"] == "Page not found"
    assert "Page not found" in head.article_text
    assert _first_paragraph(ROOT / "docs" / "404.md") in head.article_text


def test_404_page_links_are_absolute() -> None:
    """It is sent for any missing address, however deep: no relative links."""
    relative = [
        href
        for href in _head(SITE / "404.html").hrefs
        if not re.match(r"^(/|#|[a-z]+:)", href)
    ]
    assert not relative, relative


class _NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as Read the Docs or nginx would: 404.html when missing."""

    def send_error(
        self, code: int, message: str | None = None, explain: str | None = None
    ) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (SITE / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def not_found_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_NotFoundHandler, directory=str(SITE))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


def test_404_page_works_at_a_deep_missing_address(
    browser: Any, not_found_url: str
) -> None:
    context = browser.new_context()
    try:
        tab = context.new_page()
        failed: list[str] = []
        tab.on("requestfailed", lambda r: failed.append(r.url))
        tab.on(
            "response",
            lambda r: (
                failed.append(f"{r.status} {r.url}")
                if r.status >= 400 and "/no/such/" not in r.url
                else None
            ),
        )
        response = tab.goto(
            f"{not_found_url}/no/such/page.html", wait_until="networkidle"
        )
        assert response is not None
        assert response.status == 404
        assert not failed, failed
        assert tab.locator("h1").first.inner_text().startswith("Page not found")
        # The theme's stylesheet applied: the sidebar is laid out, not a list.
        assert tab.locator(".sidebar-drawer").first.is_visible()
        tab.get_by_role("link", name=re.compile("home page")).click()
        tab.wait_for_load_state("networkidle")
        assert tab.url == f"{not_found_url}/index.html", tab.url
    finally:
        context.close()


# --- Favicon -------------------------------------------------------------------------


def test_favicon_ico_is_served_from_the_root(site_url: str) -> None:
    with urllib.request.urlopen(f"{site_url}/favicon.ico", timeout=30) as answer:
        assert answer.status == 200
        assert answer.read(4) == b"\x00\x00\x01\x00"  # the ICO file signature


@pytest.mark.parametrize("name", pages())
def test_page_names_an_icon_that_exists(name: str) -> None:
    icons = [
        link["href"]
        for link in _head(SITE / name).links
        if "icon" in link.get("rel", "").split()
    ]
    assert len(icons) == 1, (name, icons)
    href = icons[0].split("?")[0]
    target = (
        SITE / href.lstrip("/") if href.startswith("/") else (SITE / name).parent / href
    )
    assert target.resolve().is_file(), (name, href)


# --- With a public address: sitemap, canonical and absolute URLs ----------------


@pytest.fixture(scope="module")
def public_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built again as Read the Docs would, at a test address."""
    out = tmp_path_factory.mktemp("public") / "html"
    env = {**os.environ, "READTHEDOCS_CANONICAL_URL": PUBLIC}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-q",
            "-D",
            "nb_execution_mode=off",
            "-D",
            "suppress_warnings=mystnb.glue,myst-nb.lexer",
            str(ROOT / "docs"),
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _content_pages(site: Path) -> set[str]:
    skip = {"py-modindex.html"} | NOT_IN_SITEMAP
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*.html")
        if p.name not in skip and "_static" not in p.parts and "_sources" not in p.parts
    }


def test_sitemap_lists_every_page_at_the_public_address(public_site: Path) -> None:
    tree = ET.parse(public_site / "sitemap.xml")
    space = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = [loc.text or "" for loc in tree.getroot().findall("s:url/s:loc", space)]
    assert len(listed) == len(set(listed)), "a page is listed twice"
    expected = {PUBLIC + name for name in _content_pages(public_site)}
    assert set(listed) == expected, set(listed) ^ expected
    assert len(expected) >= 20, expected


def test_public_pages_have_absolute_addresses(public_site: Path) -> None:
    for name in sorted(_content_pages(public_site)):
        head = _head(public_site / name)
        assert head.meta["og:url"] == PUBLIC + name, (name, head.meta["og:url"])
        canonical = [
            link["href"] for link in head.links if link.get("rel") == "canonical"
        ]
        assert canonical == [PUBLIC + name], (name, canonical)


def test_public_404_page_starts_its_links_at_the_public_path(public_site: Path) -> None:
    local = [
        href
        for href in _head(public_site / "404.html").hrefs
        if href.startswith("/") and not href.startswith("/en/latest/")
    ]
    assert not local, local
    assert "/en/latest/index.html" in _head(public_site / "404.html").hrefs
