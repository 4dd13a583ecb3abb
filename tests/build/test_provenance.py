"""Where the site says its source and outputs came from."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import mpguide
from mpdocs.package import wheel_name
from mpdocs.provenance import Provenance, browsable_url, provenance

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("clone", "web"),
    [
        ("https://github.com/org/mpguide.git", "https://github.com/org/mpguide"),
        ("https://token@github.com/org/mpguide", "https://github.com/org/mpguide"),
        ("git@codeberg.org:org/mpguide.git", "https://codeberg.org/org/mpguide"),
        ("/srv/mpguide.git", None),
        ("file:///srv/mpguide.git", None),
    ],
)
def test_browsable_url(clone: str, web: str | None) -> None:
    assert browsable_url(clone) == web


def test_read_the_docs_environment_wins(tmp_path: Path) -> None:
    origin = provenance(
        tmp_path,
        {
            "READTHEDOCS": "True",
            "READTHEDOCS_GIT_CLONE_URL": "https://github.com/org/mpguide.git",
            "READTHEDOCS_GIT_IDENTIFIER": "main",
            "READTHEDOCS_GIT_COMMIT_HASH": "0123456789abcdef0123",
        },
    )
    assert origin == Provenance(
        "https://github.com/org/mpguide", "main", "0123456789abcdef0123", False
    )
    assert origin.commit_label == "0123456789ab"


def test_local_build_asks_git(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    (tmp_path / "f.txt").write_text("one\n")
    git("add", "f.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "x")
    origin = provenance(tmp_path, {})
    assert origin.repository is None  # no remote: nothing to link
    assert origin.branch == "main"
    assert origin.commit is not None
    assert not origin.dirty
    (tmp_path / "f.txt").write_text("two\n")
    edited = provenance(tmp_path, {})
    assert edited.commit_label == f"{origin.commit[:12]} plus uncommitted changes"


def test_no_git_no_provenance(tmp_path: Path) -> None:
    origin = provenance(tmp_path / "not-a-repo", {})
    assert origin.commit is None
    assert origin.commit_label is None


def test_wheel_version_is_the_package_version() -> None:
    pytest.importorskip("tomllib")  # pyproject is read with 3.11's tomllib
    assert wheel_name(ROOT) == f"mpguide-{mpguide.__version__}-py3-none-any.whl"
