"""What each example script must do when run: the contract its page relies on.

Every ``examples/NAME.py`` has a ``tests/reader/cases/NAME.py`` defining
``CASES``, a list of :class:`Case` (a test enforces it). Each case runs once
per start method it lists that is available on this platform.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

ALL_METHODS = ("spawn", "fork", "forkserver")
CASES_DIR = Path(__file__).resolve().parent / "cases"


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...] = ()
    returncode: int = 0
    #: Regular expressions that must each match somewhere in stdout.
    stdout: tuple[str, ...] = ()
    #: Regular expressions that must each match in stderr; empty means that
    #: stderr must be empty.
    stderr: tuple[str, ...] = ()
    #: Start methods to run under; empty for examples without --start-method.
    start_methods: tuple[str, ...] = ALL_METHODS
    id: str = "default"
    #: Seconds the run may take before it is killed (and the test fails).
    timeout: float = 120.0
    #: Regular expressions for whole blocks of stderr that a third-party
    #: library is known to log harmlessly; they are cut out before the stderr
    #: checks. Each use names the upstream issue.
    known_noise: tuple[str, ...] = ()
    #: True when the run kills, on purpose, a process that created named
    #: semaphores (SIGKILL leaves it no chance to unlink them): the resource
    #: tracker then cleans up and warns, which the leak check otherwise
    #: rejects. The case's ``stderr`` patterns must then match the warning.
    tracker_cleanup: bool = False

    def first_run_args(self) -> list[str]:
        """The arguments for one run of this case, under its first start method."""
        if self.start_methods and "--start-method" not in self.args:
            return ["--start-method", self.start_methods[0], *self.args]
        return [*self.args]

    def check(self, stdout: str, stderr: str) -> None:
        assert self.stderr or not self.tracker_cleanup, "name the expected warning"
        for noise in self.known_noise:
            stderr = re.sub(noise, "", stderr, flags=re.MULTILINE)
        for pattern in self.stdout:
            assert re.search(pattern, stdout, re.MULTILINE), (pattern, stdout)
        if self.stderr:
            for pattern in self.stderr:
                assert re.search(pattern, stderr, re.MULTILINE), (pattern, stderr)
        else:
            assert stderr == "", stderr


def load_cases() -> dict[str, list[Case]]:
    """``{"NAME.py": [Case, ...]}`` from every file in tests/reader/cases/."""
    cases = {}
    for path in sorted(CASES_DIR.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"cases.{path.stem}", path)
        assert spec
        assert spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases[f"{path.stem}.py"] = module.CASES
    return cases


CASES = load_cases()
