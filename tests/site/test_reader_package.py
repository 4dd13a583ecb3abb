"""What the site offers readers to install: the wheel and the examples zip.

These read the built site's files (no browser): the wheel holds only the
reader's package and passes ``twine check``; the zip runs an example with
nothing installed; the install command on the pages names the wheel.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

from conftest import SITE, reader_env

QUICK_EXAMPLE = "process_args.py"


def _wheel() -> Path:
    (wheel,) = SITE.glob("mpguide-*-py3-none-any.whl")
    return wheel


def test_wheel_holds_only_the_readers_package() -> None:
    names = zipfile.ZipFile(_wheel()).namelist()
    top = {name.split("/")[0] for name in names}
    assert top == {"mpguide", _wheel().name.split("-py3")[0] + ".dist-info"}, top
    assert "mpguide/__init__.py" in names
    # Build machinery stays beside the docs, out of what readers install.
    assert not [n for n in names if "mpdocs" in n or "_example_site" in n], names


def test_wheel_metadata_passes_twine_check() -> None:
    result = subprocess.run(
        ["twine", "check", "--strict", str(_wheel())],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_wheel_imports_outside_the_clone(
    reader_python: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(reader_python), "-c", "import mpguide; print(mpguide.__file__)"],
        cwd=tmp_path,
        env=reader_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "site-packages" in result.stdout, result.stdout


def test_examples_zip_runs_with_nothing_installed(
    bare_python: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(SITE / "mpguide-examples.zip") as bundle:
        bundle.extractall(tmp_path)
    folder = tmp_path / "mpguide-examples"
    assert (folder / "mpguide" / "__init__.py").is_file()
    result = subprocess.run(
        [str(bare_python), QUICK_EXAMPLE],
        cwd=folder,
        env=reader_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pages_install_the_wheel_the_site_offers() -> None:
    html = (SITE / "tutorial.html").read_text(encoding="utf-8")
    tutorial = re.sub(r"<[^>]+>", "", html)  # highlighting splits the command
    commands = re.findall(r"python -m pip install (\S+?\.whl)", tutorial)
    assert commands, "the tutorial shows no install command"
    assert all(c.endswith(_wheel().name) for c in commands), commands
