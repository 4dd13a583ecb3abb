"""The deliberately broken scripts still fail the way their pages say."""

from __future__ import annotations

import re

from conftest import RunClean


def test_no_main_guard_reruns_the_script_and_the_child_fails(
    run_clean: RunClean,
) -> None:
    result = run_clean("broken/no_main_guard.py")
    # The parent itself carries on: nothing checks the child's exit code.
    assert result.returncode == 0
    assert re.findall(
        r"^top of the script, in process (\S+)$", result.stdout, re.MULTILINE
    ) == [
        "MainProcess",
        "SpawnProcess-1",
    ]
    assert "child exitcode: 1" in result.stdout
    assert "An attempt has been made to start a new process before the" in result.stderr
