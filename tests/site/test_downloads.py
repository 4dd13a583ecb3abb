"""Every example as the site serves it for download runs with nothing installed.

The built site offers ``examples/NAME.py`` for every example: the script with
the ``mpguide`` workers it uses pasted in. Each one is run here from an empty
folder by a virtual environment with nothing installed at all, with the
arguments and exit status of its first contract (``tests/reader/cases/NAME.py``).
The two that need a third-party package (Dask, joblib) run with this
session's packages instead, but with ``mpguide`` made unimportable. One lesson
is about importing from ``mpguide`` itself (its child program's code names
the package): it runs where the wheel is installed, as its page says.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SITE, reader_env
from example_cases import CASES

from mpdocs.sources import imported_modules

DOWNLOADS = SITE / "examples"
TIMEOUT = 300
_BLOCKED = (
    "import runpy, sys; sys.modules['mpguide'] = None; "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def test_every_example_is_offered() -> None:
    offered = {p.name for p in DOWNLOADS.glob("*.py")}
    assert offered == set(CASES), "the site's downloads and examples/ disagree"


@pytest.mark.parametrize("name", sorted(CASES))
def test_download_runs_with_nothing_installed(
    name: str, bare_python: Path, reader_python: Path, tmp_path: Path
) -> None:
    script = DOWNLOADS / name
    source = script.read_text(encoding="utf-8")
    imported = {module.split(".")[0] for module in imported_modules(source)}
    assert "mpguide" not in imported, f"{name} still imports mpguide"
    case = CASES[name][0]
    args = case.first_run_args()
    code = "\n".join(
        line for line in source.splitlines() if not line.lstrip().startswith("#")
    )
    if imported - set(sys.stdlib_module_names):
        command = [sys.executable, "-I", "-c", _BLOCKED, str(script), *args]
    elif "mpguide" in code:  # the lesson's own child program imports it
        command = [str(reader_python), str(script), *args]
    else:
        command = [str(bare_python), str(script), *args]
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env=reader_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == case.returncode, result.stdout + result.stderr

    # A worker pasted into the script lives in its main module, so a class
    # name the contract expects as mpguide.failures.X prints as __mp_main__.X.
    def here(patterns: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(
            re.sub(
                r"mpguide\\\.\w+\\\.", r"(?:mpguide\\.\\w+|__mp_main__|__main__)\\.", p
            )
            for p in patterns
        )

    standalone_case = dataclasses.replace(
        case, stdout=here(case.stdout), stderr=here(case.stderr)
    )
    standalone_case.check(result.stdout, result.stderr)
