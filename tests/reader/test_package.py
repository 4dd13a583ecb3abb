"""The mpguide package runs on the standard library alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mpguide

MODULES = sorted(
    p.stem for p in Path(mpguide.__file__).parent.glob("*.py") if p.stem != "__init__"
)
#: The optional extras (``mpguide[arrays]``): a module may use them only
#: inside the functions that need them.
OPTIONAL = ("numpy", "pandas", "threadpoolctl")


def test_every_module_imports_without_the_optional_libraries() -> None:
    blocked = "".join(f"sys.modules[{name!r}] = None; " for name in OPTIONAL)
    imports = "; ".join(f"import mpguide.{module}" for module in MODULES)
    code = f"import sys; {blocked}{imports}; print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"
