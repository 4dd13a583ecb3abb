from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from mpguide import bench
from mpguide.bench import Row, format_table
from mpguide.pools import default_chunksize
from mpguide.stamp import usable_cpus


def test_quick_run_prints_every_section_and_judges_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert bench.main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mpguide benchmark · CPython ")
    assert "start method spawn" in out.splitlines()[0]
    assert "CPU-bound pure Python (count_primes), vs serial" in out
    assert "worst chunksize / best chunksize" in out
    default = default_chunksize(bench.QUICK.chunk_items, usable_cpus())
    assert f"Pool.map, chunksize={default} (default)" in out
    for workload in bench.WORKLOADS:
        assert f"Workload {bench.WORKLOAD_LABELS[workload]}, vs serial" in out
    assert "Dask LocalCluster, " in out
    assert "joblib loky, " in out
    assert "not judged" in out
    assert "--quick: sizes too small to judge the targets" in out


def test_a_missed_target_fails_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        Row("CPU", "pool", 1.2, limit=2, target=1.8, met=False),
        Row("CPU", "threads", 1.0),
    ]
    monkeypatch.setattr(bench, "run", lambda *args: rows)
    assert bench.main([]) == bench.TARGET_MISSED
    out = capsys.readouterr().out
    assert ">= 1.80x: MISSED" in out
    assert "1 target(s) missed: pool." in out


def test_met_targets_pass(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [Row("CPU", "pool", 1.95, limit=2, target=1.8, met=True)]
    monkeypatch.setattr(bench, "run", lambda *args: rows)
    assert bench.main(["--start-method", "fork"]) == 0
    out = capsys.readouterr().out
    assert "start method fork" in out
    assert "all 1 judged target(s) met" in out


def test_table_shows_share_of_limit_and_notes() -> None:
    table = format_table(
        [
            Row("S", "pool", 1.5, limit=2),
            Row("S", "interpreters", None, note="not available on Python 3.13"),
        ]
    )
    assert "1.50x       75%" in table
    assert table.splitlines()[-1] == (
        f"  {'interpreters':<34}      -  not available on Python 3.13"
    )


@pytest.mark.parametrize("bad", ["", "gpu", "cpu,nope"])
def test_unknown_section_is_a_usage_error(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench.main(["--only", bad])
    assert exit_info.value.code == 2
    assert "choose from cpu, chunks, models, cluster" in capsys.readouterr().err


def test_runs_as_a_module() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mpguide.bench", "--quick", "--only", "cpu"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    assert process.returncode == 0, err
    assert err == ""
    assert "Pool of " in out
