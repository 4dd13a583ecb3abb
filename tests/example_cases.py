"""What each example script must do when run: the contract its page relies on.

Every script in examples/ needs an entry here (a test enforces it). Each case
runs once per start method the example supports and is available here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ALL_METHODS = ("spawn", "fork", "forkserver")


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
    id: str = field(default="default")

    def check(self, stdout: str, stderr: str) -> None:
        for pattern in self.stdout:
            assert re.search(pattern, stdout, re.MULTILINE), (pattern, stdout)
        if self.stderr:
            for pattern in self.stderr:
                assert re.search(pattern, stderr, re.MULTILINE), (pattern, stderr)
        else:
            assert stderr == "", stderr


CASES: dict[str, list[Case]] = {
    "process_basics.py": [
        Case(
            stdout=(
                r"^parent: pid \d+, start method '\w+'$",
                r"^child alpha: pid \d+, parent pid \d+$",
                r"^child beta: pid \d+, parent pid \d+$",
                r"^parent: alpha exited with code 0 \(ok\)$",
                r"^parent: beta exited with code 0 \(ok\)$",
                r"^parent: all 2 children succeeded$",
            ),
        ),
        Case(
            id="with-failure",
            args=("--with-failure",),
            returncode=1,
            stdout=(
                r"^parent: gamma exited with code 1 \(FAILED\)$",
                r"^parent: 1 of 3 children failed$",
            ),
            stderr=(r"^Process gamma:$", r"TaskFailed: gamma gave up$"),
        ),
    ],
}
