"""The deliberately broken scripts still fail the way their pages say."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import RunClean
from leaks import wait_for_session_to_end

from mpdocs import run_example


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


def test_leaked_shared_memory_warns_and_the_tracker_cleans_up() -> None:
    # Not run_clean: that fixture rejects the very warning this script shows.
    result = run_example("broken/leaked_shared_memory.py")
    assert not wait_for_session_to_end(result.pid), "left processes running"
    assert result.returncode == 1, result.stderr
    name = re.search(
        r"^created shared memory block (\S+)$", result.stdout, re.MULTILINE
    )
    assert name, result.stdout
    assert f"leak check: {name[1]} is still in /dev/shm at exit" in result.stderr
    assert re.search(
        r"resource_tracker: There appear to be 1 leaked shared_memory objects "
        r"to clean up at shutdown",
        result.stderr,
    ), result.stderr
    # The tracker removed the block when the program ended: nothing is left.
    assert not (Path("/dev/shm") / name[1]).exists()


def test_leaked_semaphore_warns_after_its_creator_is_killed() -> None:
    # Not run_clean: that fixture rejects the very warning this script shows.
    result = run_example("broken/leaked_semaphore.py")
    assert not wait_for_session_to_end(result.pid), "left processes running"
    assert result.returncode == 0, result.stderr
    assert "child exit code: -9" in result.stdout
    assert re.search(
        r"resource_tracker: There appear to be 1 leaked semaphore objects "
        r"to clean up at shutdown",
        result.stderr,
    ), result.stderr
