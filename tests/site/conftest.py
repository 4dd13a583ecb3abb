"""Serve the built site on localhost and drive it with Chromium (Playwright).

The ``site`` nox session builds docs/_build/html first. Chromium is Debian's
(``/usr/bin/chromium``, or ``MPGUIDE_CHROMIUM``): Playwright's own browser
download is not used. Without a browser these tests skip with the reason,
except in CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "docs" / "_build" / "html"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pages() -> list[str]:
    """Every content page of the built site, as paths relative to its root."""
    skip = {"genindex.html", "search.html", "py-modindex.html"}
    return sorted(
        p.relative_to(SITE).as_posix()
        for p in SITE.rglob("*.html")
        if p.name not in skip and "_static" not in p.parts and "_sources" not in p.parts
    )


def _chromium() -> str | None:
    configured = os.environ.get("MPGUIDE_CHROMIUM")
    for candidate in (configured, "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    if not (SITE / "index.html").is_file():
        pytest.fail(f"no built site in {SITE}: run `nox -s site` (it builds first)")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(SITE))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    executable = _chromium()
    if executable is None:
        reason = "no Chromium found (apt-get install chromium, or set MPGUIDE_CHROMIUM)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS
        )
        yield instance
        instance.close()


def _new_venv(folder: Path, *, with_pip: bool) -> Path:
    command = [sys.executable, "-m", "venv", str(folder)]
    if not with_pip:
        command.append("--without-pip")
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    return folder / "bin" / "python"


def new_reader_venv(folder: Path) -> Path:
    """A fresh virtual environment holding only the wheel the built site offers.

    This is what a reader has after the one install command on the site: no
    clone on the path, no other package.
    """
    wheels = sorted(SITE.glob("mpguide-*-py3-none-any.whl"))
    assert len(wheels) == 1, f"expected one mpguide wheel in {SITE}: {wheels}"
    python = _new_venv(folder, with_pip=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-index", "--quiet", str(wheels[0])],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return python


@pytest.fixture(scope="session")
def reader_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reader's environment shared by every page that asks for no more."""
    return new_reader_venv(tmp_path_factory.mktemp("reader-venv"))


@pytest.fixture(scope="session")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with nothing installed at all."""
    return _new_venv(tmp_path_factory.mktemp("bare-venv"), with_pip=False)


def reader_env() -> dict[str, str]:
    """The environment a reader's shell has: nothing of this project in it.

    Nor ``PYTHONUNBUFFERED``, which some CI machines set: unbuffered, ``print``
    writes its text and its newline separately, and lines from concurrent
    processes interleave in a way no reader's terminal shows.
    """
    dropped = {"PYTHONPATH", "VIRTUAL_ENV", "MPGUIDE_ROOT", "PYTHONHOME"}
    dropped.add("PYTHONUNBUFFERED")
    return {k: v for k, v in os.environ.items() if k not in dropped}
