from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from mpguide.cluster import (
    DASK_START_METHODS,
    ClusterTiming,
    check_limits,
    require_cluster_extra,
    time_dask,
    time_joblib,
)

#: Helpers that live as long as the process that started them, not workers:
#: multiprocessing's and loky's resource trackers and the fork server.
HELPERS = ("resource_tracker import main", "forkserver import main")


def live_children() -> list[int]:
    """PIDs of this process's live children but helpers, from /proc (Linux)."""
    me = str(Path("/proc/self").resolve().name)
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
            command = (stat.parent / "cmdline").read_bytes().decode(errors="replace")
        except OSError:  # it ended while we looked
            continue
        if fields[1] != me or fields[0] == "Z":
            continue
        if not any(helper in command for helper in HELPERS):
            pids.append(int(stat.parent.name))
    return pids


needs_proc = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="needs Linux /proc"
)


def test_importing_mpguide_does_not_import_dask_or_joblib() -> None:
    code = (
        "import sys, mpguide, mpguide.cluster; "
        "loaded = {'dask', 'distributed', 'joblib'} & set(sys.modules); "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.mark.parametrize("bad", [(), [1, "2"], [1.5], [True], "123"])
def test_limits_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(TypeError):
        check_limits(bad)


@pytest.mark.parametrize("bad", [[], [-1], [5, -3]])
def test_limits_with_wrong_values(bad: list[int]) -> None:
    with pytest.raises(ValueError, match=r"limits? must"):
        check_limits(bad)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"limits": [], "workers": 1}, ValueError),
        ({"limits": [10], "workers": 0}, ValueError),
        ({"limits": [10], "workers": 1.0}, TypeError),
        ({"limits": [10], "workers": 1, "timeout": 0}, ValueError),
        ({"limits": [10], "workers": 1, "timeout": "1"}, TypeError),
    ],
)
def test_argument_errors(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        time_dask(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(error):
        time_joblib(**kwargs)  # type: ignore[arg-type]


def test_dask_refuses_fork_and_unknown_methods() -> None:
    assert "fork" not in DASK_START_METHODS
    with pytest.raises(ValueError, match="'fork' is not supported for Dask"):
        time_dask([10], 1, start_method="fork")
    with pytest.raises(ValueError, match="'thread' is not supported"):
        time_dask([10], 1, start_method="thread")
    with pytest.raises(TypeError):
        time_dask([10], 1, start_method=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("module", ["dask", "distributed", "joblib"])
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes the import fail
    with pytest.raises(ImportError, match=r"cluster.*pip install -e \"\.\[cluster\]"):
        require_cluster_extra(module)
    timer = time_joblib if module == "joblib" else time_dask
    with pytest.raises(ImportError, match=f"^{module} is not installed"):
        timer([10], 1)


def test_cluster_timing_is_frozen() -> None:
    timing = ClusterTiming(startup_seconds=1.0, job_seconds=2.0, workers=2)
    assert timing.total_seconds == 3.0
    with pytest.raises(FrozenInstanceError):
        timing.workers = 3  # type: ignore[misc]


@needs_proc
@pytest.mark.parametrize("method", DASK_START_METHODS)
def test_dask_small_real_run_leaves_no_process(method: str) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on {sys.platform}")
    timing = time_dask([1000] * 4, 2, start_method=method, timeout=60)
    assert timing.workers == 2
    assert timing.startup_seconds > 0
    assert timing.job_seconds > 0
    assert multiprocessing.active_children() == []
    assert live_children() == []


@needs_proc
def test_joblib_small_real_run_leaves_no_process() -> None:
    seconds = time_joblib([1000] * 4, 2, timeout=60)
    assert seconds > 0
    # joblib's own temporary folders carry our pid; none may be left.
    shm = Path("/dev/shm")
    mine = f"joblib_memmapping_folder_{os.getpid()}_"
    assert not [p for p in shm.iterdir() if p.name.startswith(mine)]
    assert multiprocessing.active_children() == []
    assert live_children() == []
