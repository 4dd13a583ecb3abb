"""The leak check blames a run only for what that run left in /dev/shm."""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import leaks
import pytest
from leaks import SHM, leaked_shm, shm_entries

pytestmark = pytest.mark.skipif(not SHM.is_dir(), reason="needs /dev/shm (Linux)")


@pytest.fixture
def shm_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Names the test creates, in a stand-in for /dev/shm.

    Fake entries in the real /dev/shm would look like leaks to an example
    test running at the same moment in another process.
    """
    monkeypatch.setattr(leaks, "SHM", tmp_path)
    made: list[str] = []
    yield made
    for name in made:
        path = tmp_path / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _make(made: list[str], name: str, folder: bool = False) -> str:
    made.append(name)
    if folder:
        (leaks.SHM / name).mkdir()
    else:
        (leaks.SHM / name).write_bytes(b"")
    return name


def test_only_the_runs_own_entries_count(shm_names: list[str]) -> None:
    run_id, other_id = uuid.uuid4().hex[:8], uuid.uuid4().hex[:8]
    our_pids = {os.getpid() + 100_000, os.getpid() + 100_001}
    stranger = os.getpid()  # a PID that is not one of the run's
    before = shm_entries()
    ours = [
        _make(shm_names, f"sem.mp-{run_id}-leak"),
        _make(shm_names, f"psm_{run_id}_0a1b2c3d"),
        _make(shm_names, f"joblib_memmapping_folder_{min(our_pids)}_x_y", folder=True),
        _make(shm_names, f"mpguide-unknown-{run_id}"),  # no owner in the name
    ]
    # What another run on the same machine was doing at the same moment.
    for name, folder in [
        (f"sem.mp-{other_id}-lock", False),
        ("sem.mp-untagged", False),
        (f"psm_{other_id}_0a1b2c3d", False),
        ("psm_0a1b2c3d", False),
        (f"joblib_memmapping_folder_{stranger}_x_y", True),
    ]:
        _make(shm_names, name, folder)
    assert leaked_shm(before, run_id, our_pids) == sorted(ours)


def test_without_a_record_of_the_runs_processes_nothing_unnamed_is_excused(
    shm_names: list[str],
) -> None:
    # If the run did not note its PIDs (the hook did not run), a block or a
    # joblib folder cannot be attributed: it counts, unless something maps it.
    run_id = uuid.uuid4().hex[:8]
    before = shm_entries()
    block = _make(shm_names, f"psm_{uuid.uuid4().hex[:8]}")
    folder = _make(shm_names, f"joblib_memmapping_folder_{os.getpid()}_a_b", True)
    _make(shm_names, "sem.mp-someone-else")
    assert leaked_shm(before, run_id) == sorted([block, folder])


LEAKY = """\
import multiprocessing as mp
import os
from multiprocessing import resource_tracker, shared_memory


def leave_a_folder():
    os.mkdir(f"/dev/shm/joblib_memmapping_folder_{os.getpid()}_test_{LABEL}")
    # As if another program (PID 1 here) made one at the same moment.
    os.mkdir("/dev/shm/joblib_memmapping_folder_1_test_{LABEL}_foreign")


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    # Forget it as a careless program would: no unlink, and the resource
    # tracker told not to clean it up at exit.
    resource_tracker.unregister(block._name, "shared_memory")
    block.close()
    child = mp.get_context("spawn").Process(target=leave_a_folder)
    child.start()
    child.join(timeout=60)
    print(block.name, child.pid)
"""


def test_a_run_that_leaks_is_still_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_clean: object
) -> None:
    (tmp_path / "examples").mkdir()
    monkeypatch.setenv("MPGUIDE_ROOT", str(tmp_path))
    monkeypatch.delenv("MPGUIDE_EXECUTION_LOG", raising=False)
    label = uuid.uuid4().hex[:8]
    (tmp_path / "examples" / "leaky.py").write_text(
        LEAKY.replace("{LABEL}", label), encoding="utf-8"
    )
    message = ""
    try:
        with pytest.raises(AssertionError, match=r"leaky\.py left in /dev/shm") as e:
            run_clean("leaky.py")  # type: ignore[operator]
        message = str(e.value)
        # The block is named after the run, and the folder made by a spawned
        # child is known by that child's PID: both are this run's.
        assert re.search(r"'psm_[0-9a-f]{8}_[0-9a-f]+'", message), message
        assert f"_test_{label}'" in message
        assert "_foreign" not in message
    finally:
        for leftover in SHM.glob(f"joblib_memmapping_folder_*_test_{label}*"):
            leftover.rmdir()
        for name in re.findall(r"'(psm_[0-9a-f]{8}_[0-9a-f]+)'", message):
            (SHM / name).unlink(missing_ok=True)
