"""Build what the site offers readers: the mpguide wheel and an examples zip.

Readers install the workers from the site itself, with no clone:
``python -m pip install <site>/mpguide-X.Y.Z-py3-none-any.whl``. The zip holds
every example beside the ``mpguide`` package, so that after unzipping,
``python first_pool.py`` runs from that folder with nothing installed.
"""

from __future__ import annotations

import logging
import sys
import zipfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the docs build needs 3.11+; tests may run on 3.10
    tomllib = None

EXAMPLES_ZIP = "mpguide-examples.zip"


def version(root: Path) -> str:
    """The package version, as ``pyproject.toml`` declares it."""
    if tomllib is None:
        raise RuntimeError("reading pyproject.toml needs Python 3.11 or newer")
    with (root / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def wheel_name(root: Path) -> str:
    """The file name pip expects for this project's pure-Python wheel."""
    return f"mpguide-{version(root)}-py3-none-any.whl"


def build_wheel(root: Path, target: Path) -> Path:
    """Build the wheel into *target* with flit_core, the project's backend."""
    # Imported here: only the docs build has the build backend installed.
    from flit_core.wheel import make_wheel_in  # noqa: PLC0415

    # flit logs every file it adds; the build log has better things to say.
    logging.getLogger("flit_core").setLevel(logging.WARNING)
    target.mkdir(parents=True, exist_ok=True)
    info = make_wheel_in(root / "pyproject.toml", target)
    wheel = Path(target / info.file.name)
    # flit writes the wheel through tempfile.mkstemp, which creates it with
    # mode 0600: a web server running as another user could not send it.
    wheel.chmod(0o644)
    return wheel


def build_examples_zip(root: Path, target: Path) -> Path:
    """Zip ``examples/*.py`` and ``mpguide/`` into one folder a reader unpacks."""
    target.mkdir(parents=True, exist_ok=True)
    archive = target / EXAMPLES_ZIP
    top = Path("mpguide-examples")
    files = [(p, top / p.name) for p in sorted((root / "examples").glob("*.py"))]
    files += [
        (p, top / p.relative_to(root))
        for p in sorted((root / "mpguide").rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    ]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for source, name in files:
            bundle.write(source, name.as_posix())
    return archive
