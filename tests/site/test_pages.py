"""Every page, in a real browser: loads cleanly, stays local, is accessible."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from conftest import pages

AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text()
PHONE = {"width": 375, "height": 800}


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


def _open(page: Any, url: str) -> tuple[list[str], list[str]]:
    """Load *url*; return console errors and failed or third-party requests."""
    errors: list[str] = []
    bad_requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: bad_requests.append(f"failed: {r.url}"))

    def check_host(request: Any) -> None:
        if not re.match(r"^(http://127\.0\.0\.1:\d+/|data:|blob:|about:)", request.url):
            bad_requests.append(f"third-party: {request.url}")

    page.on("request", check_host)
    response = page.goto(url, wait_until="networkidle")
    assert response is not None
    assert response.ok, f"{url}: HTTP {response.status}"
    return errors, bad_requests


@pytest.mark.parametrize("name", pages())
def test_page_loads_cleanly_and_stays_local(
    page: Any, site_url: str, name: str
) -> None:
    errors, bad_requests = _open(page, f"{site_url}/{name}")
    assert not errors, f"{name}: console errors: {errors}"
    assert not bad_requests, f"{name}: {bad_requests}"


#: The axe rules that judge colours. The light and dark schemes share one
#: DOM and differ only in CSS colours, so the dark scheme needs only these,
#: unless it shows other elements than the light one (then it gets every rule).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
#: What the reader sees: the elements with a box on screen.
_VISIBLE = "() => [...document.querySelectorAll('body *')].filter(e => e.checkVisibility()).length"


def _serious_violations(page: Any, rules: list[str] | None = None) -> list[str]:
    options = {"runOnly": {"type": "rule", "values": rules}} if rules else {}
    result = page.evaluate("async (o) => await axe.run(document, o)", options)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("name", pages())
def test_page_is_accessible_in_light_and_dark(
    browser: Any, site_url: str, name: str
) -> None:
    context = browser.new_context(color_scheme="light")
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}/{name}", wait_until="networkidle")
        tab.add_script_tag(content=AXE)
        light = _serious_violations(tab)
        shown = tab.evaluate(_VISIBLE)
        tab.emulate_media(color_scheme="dark")
        dark_rules = None if tab.evaluate(_VISIBLE) != shown else COLOUR_RULES
        dark = _serious_violations(tab, dark_rules)
    finally:
        context.close()
    problems = [f"light: {v}" for v in light] + [f"dark: {v}" for v in dark]
    assert not problems, f"{name}: " + "; ".join(problems)


@pytest.mark.parametrize("name", pages())
def test_phone_width_has_no_horizontal_scroll(
    browser: Any, site_url: str, name: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}/{name}", wait_until="networkidle")
        widths = tab.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        wide = tab.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => !e.closest('pre, .highlight, table, .table-wrapper'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
        )
    finally:
        context.close()
    assert widths[0] <= widths[1], f"{name}: page is {widths[0]}px wide, {wide}"


def test_dark_mode_applies(browser: Any, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}/processes.html", wait_until="networkidle")
        background = tab.evaluate(
            "() => getComputedStyle(document.body).backgroundColor"
        )
        code = tab.evaluate(
            "() => getComputedStyle(document.querySelector('div.highlight pre'))"
            ".backgroundColor"
        )
    finally:
        context.close()
    for what, colour in (("page", background), ("code", code)):
        r, g, b = (int(n) for n in re.findall(r"\d+", colour)[:3])
        assert r + g + b < 3 * 100, (
            f"processes.html: {what} background {colour} in dark mode"
        )


def test_search_finds_a_page_by_a_word_in_its_body(page: Any, site_url: str) -> None:
    # "daemonic" appears in the body of the Processes page, not in its title.
    page.goto(f"{site_url}/search.html?q=daemonic", wait_until="networkidle")
    page.wait_for_selector("#search-results li a", timeout=15_000)
    links = page.eval_on_selector_all(
        "#search-results li a", "els => els.map(e => e.getAttribute('href'))"
    )
    assert any("processes" in link for link in links), links


def test_copy_button_copies_code_without_prompts_or_output(
    browser: Any, site_url: str
) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}/processes.html", wait_until="networkidle")
        # No copy button on executed output blocks.
        assert tab.locator("div.cell_output button.copybtn").count() == 0
        block = tab.locator("div.highlight-python").first
        block.hover()
        block.locator("button.copybtn").click()
        copied = tab.evaluate("() => navigator.clipboard.readText()")
    finally:
        context.close()
    source = (
        Path(__file__).resolve().parents[2] / "examples/process_basics.py"
    ).read_text()
    assert copied == source.rstrip("\n"), (
        "processes.html: first code block copy differs"
    )


def test_long_outputs_collapse_and_expand(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    try:
        tab = context.new_page()
        for name in pages():
            tab.goto(f"{site_url}/{name}", wait_until="networkidle")
            if tab.locator("button.mpguide-toggle").count():
                break
        else:
            pytest.fail("no page has a long output with an expand button")
        button = tab.locator("button.mpguide-toggle").first
        box = tab.locator("div.cell_output:has(+ button.mpguide-toggle)").first
        collapsed = box.evaluate("e => e.clientHeight")
        full = box.evaluate("e => e.scrollHeight")
        assert button.get_attribute("aria-expanded") == "false"
        button.click()
        assert button.get_attribute("aria-expanded") == "true", name
        assert box.evaluate("e => e.clientHeight") >= full > collapsed, name
        button.click()
        assert box.evaluate("e => e.clientHeight") == collapsed, name
    finally:
        context.close()
