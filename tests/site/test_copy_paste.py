"""Every code block, copied the way a reader copies it, does what it claims.

In Chromium, each copy button of each page is clicked and the clipboard read,
so the text is exactly what a reader gets (prompts stripped, output blocks
excluded). Python blocks are then run from an empty folder, as a reader's new
file would be, by a virtual environment that holds only the wheel the built
site offers (no clone on the path). A block's classes say what it is:

* ``highlight-python`` / ``highlight-ipython3`` / ``highlight-pycon``: runnable,
  must exit 0;
* with class ``failure``: a deliberate failure, must fail (non-zero exit or a
  traceback);
* with class ``fragment``: part of a larger file, not run on its own;
* ``highlight-console`` and other languages: shell commands or data, not run.

A block captioned ``examples/NAME.py`` is a whole example: its copy must be
the file itself, and it runs with the arguments of its first contract
(``tests/reader/cases/NAME.py``), whose exit status and output it must meet.
Its default arguments are what the page's build ran; the contract's are a
quick version (fewer rounds, smaller inputs) of the same program.

Mark blocks in the Markdown with ``:class: fragment`` (or ``failure``) on
``literalinclude`` and ``code-block`` directives.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, new_reader_venv, pages, reader_env
from example_cases import CASES

RUNNABLE = {"python", "python3", "ipython3", "pycon"}
MARKERS = {"fragment", "failure"}
TIMEOUT = 120


def _copied_blocks(browser: Any, site_url: str, name: str) -> list[dict[str, Any]]:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        tab = context.new_page()
        tab.goto(f"{site_url}/{name}", wait_until="networkidle")
        blocks = []
        buttons = tab.locator("button.copybtn")
        for index in range(buttons.count()):
            button = buttons.nth(index)
            info = button.evaluate(
                """b => {
                    const box = b.closest('div[class*="highlight-"]');
                    const classes = box ? [...box.classList] : [];
                    const lang = classes.find(c => c.startsWith('highlight-'));
                    const caption = b.closest('.literal-block-wrapper')
                        ?.querySelector('.caption-text')?.textContent;
                    return {classes, lang: lang ? lang.slice(10) : null,
                            caption: caption || null};
                }"""
            )
            button.evaluate("b => b.click()")
            info["text"] = tab.evaluate("() => navigator.clipboard.readText()")
            info["where"] = f"{name} block {index + 1}" + (
                f" ({info['caption']})" if info["caption"] else ""
            )
            blocks.append(info)
        return blocks
    finally:
        context.close()


def _run(
    code: str, folder: Path, python: Path, args: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    script = folder / "snippet.py"
    script.write_text(code + "\n", encoding="utf-8")
    return subprocess.run(
        [str(python), script.name, *(args or [])],
        cwd=folder,
        env=reader_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _example(block: dict[str, Any]) -> Path | None:
    """The example file a block shows whole, from its caption."""
    caption = block["caption"] or ""
    if caption.startswith("examples/") and Path(caption).name in CASES:
        return ROOT / caption
    return None


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"--- stdout ---\n{result.stdout}--- stderr ---\n{result.stderr}"


#: A pip command a page tells readers to run, other than the wheel's own.
_EXTRA_INSTALL = re.compile(r"^python -m pip install (?!\S*\.whl\b).+$", re.MULTILINE)


def _page_python(blocks: list[dict[str, Any]], folder: Path, shared: Path) -> Path:
    """The shared reader environment, or a new one for a page that asks readers
    to install more (its own console commands are run, as a reader would)."""
    extras = [
        command
        for block in blocks
        if block["lang"] == "console"
        for command in _EXTRA_INSTALL.findall(block["text"])
    ]
    if not extras:
        return shared
    python = new_reader_venv(folder)
    for command in extras:
        subprocess.run(
            [str(python), *shlex.split(command)[1:]],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return python


@pytest.mark.parametrize("name", pages())
def test_copied_snippets_run_as_shown(
    browser: Any, site_url: str, name: str, tmp_path: Path, reader_python: Path
) -> None:
    problems = []
    blocks = _copied_blocks(browser, site_url, name)
    python = _page_python(blocks, tmp_path / "venv", reader_python)
    for block in blocks:
        markers = MARKERS & set(block["classes"])
        if len(markers) > 1:
            problems.append(f"{block['where']}: conflicting markers {markers}")
            continue
        if block["lang"] not in RUNNABLE or "fragment" in markers:
            continue
        if ">>> " in block["text"]:
            problems.append(f"{block['where']}: a >>> prompt was copied")
            continue
        example = _example(block)
        if example:
            if block["text"].rstrip() != example.read_text(encoding="utf-8").rstrip():
                problems.append(f"{block['where']}: the copy is not {example.name}")
                continue
            case = CASES[example.name][0]
            result = _run(block["text"], tmp_path, python, case.first_run_args())
            if result.returncode != case.returncode:
                problems.append(
                    f"{block['where']}: exit {result.returncode}, its contract"
                    f" says {case.returncode}\n{_output(result)}"
                )
            else:
                try:
                    case.check(result.stdout, result.stderr)
                except AssertionError as error:
                    problems.append(f"{block['where']}: off its contract: {error}")
            continue
        result = _run(block["text"], tmp_path, python)
        output = _output(result)
        if "failure" in markers:
            if result.returncode == 0 and "Traceback" not in result.stderr:
                problems.append(
                    f"{block['where']}: marked failure but ran cleanly\n{output}"
                )
        elif result.returncode != 0:
            problems.append(
                f"{block['where']}: exit {result.returncode} (mark it fragment or"
                f" failure if that is intended)\n{output}"
            )
    assert not problems, "\n\n".join(problems)


def test_every_page_has_copy_buttons_only_on_code(browser: Any, site_url: str) -> None:
    blocks = _copied_blocks(browser, site_url, "processes.html")
    assert blocks, "processes.html: no copy buttons found"
    assert all(b["lang"] for b in blocks), "a copy button outside a code block"
