"""Tests for mpdocs.bench: the command that re-runs the performance examples."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mpdocs import bench
from mpdocs.bench import Options, Row, format_table
from mpdocs.runner import ExampleRun

DOCS_EXT = Path(__file__).resolve().parents[1] / "docs" / "_ext"
FULL = Options(start_method="spawn", quick=False)


def fake_examples(
    monkeypatch: pytest.MonkeyPatch, results: dict[str, dict[str, Any]]
) -> list[str]:
    """Make every example 'run' instantly, writing *results*; return the calls."""
    calls = []

    def run_example(name: str, *args: str, **kwargs: Any) -> ExampleRun:
        calls.append(name)
        return ExampleRun(
            name=name,
            args=args,
            returncode=0,
            stdout=f"output of {name}\n",
            stderr="",
            seconds=0.1,
            pid=1,
            results=results.get(name) if kwargs.get("results") else None,
        )

    monkeypatch.setattr(bench, "run_example", run_example)
    return calls


def test_quick_run_of_the_real_examples_judges_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert bench.main(["--quick", "--only", "cpu,chunks"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mpguide benchmark · CPython ")
    assert "start method spawn" in out.splitlines()[0]
    assert out.splitlines()[1].startswith("before: ")
    assert "\nafter:  " in out
    # The examples' own output is shown, with the command that produced it.
    assert "$ python amdahl_curve.py --start-method spawn --limit 2000" in out
    assert "\nserial, no pool " in out
    assert "$ python chunksize_by_hand.py " in out
    assert "$ python chunksize_uneven.py " in out
    assert "Pool of " in out
    # CPython's default for 200 items and 2 workers: ceil(200 / 8).
    assert "Pool.map, chunksize=25 (default)" in out
    assert "worst chunksize / best chunksize" in out
    assert "not judged" in out
    assert "--quick: sizes too small to judge the targets" in out


def test_cpu_target_is_judged_from_the_examples_results(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    amdahl = {"workers": 2, "limit": 200_000, "fractions": [0.0, 0.5]}
    fake_examples(monkeypatch, {"amdahl_curve.py": {**amdahl, "speedups": [1.7, 1.3]}})
    rows = bench.cpu_rows(FULL)
    assert rows[0] == Row(
        rows[0].section,
        "Pool of 2 (all usable CPUs)",
        1.7,
        limit=2,
        target=pytest.approx(1.8),
        met=False,
    )
    assert rows[1].limit == pytest.approx(4 / 3)  # Amdahl's law at s = 0.5
    assert "output of amdahl_curve.py" in capsys.readouterr().out

    fake_examples(monkeypatch, {"amdahl_curve.py": {**amdahl, "speedups": [1.8, 1]}})
    assert bench.cpu_rows(FULL)[0].met is True


def test_chunk_target_is_judged_from_the_examples_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sweep = {"items": 10_000, "workers": 2, "default": 10}
    hand = {"serial, no pool": 1.0, "Pool.map, default chunks": 2.0}
    uneven = {"limits": [1] * 4, "workers": 2, "default": 1}
    uneven["seconds"] = {"1": 0.5, "2": 1.0, "serial": 1.0}
    results = {
        "chunksize_sweep.py": {
            **sweep,
            "seconds": {"1": 0.4, "10": 0.1, "serial": 0.1},
        },
        "chunksize_by_hand.py": hand,
        "chunksize_uneven.py": uneven,
    }
    calls = fake_examples(monkeypatch, results)
    rows = {row.name: row for row in bench.chunk_rows(FULL)}
    assert calls == [
        "chunksize_sweep.py",
        "chunksize_by_hand.py",
        "chunksize_uneven.py",
    ]
    spread = rows["worst chunksize / best chunksize"]
    assert spread.ratio == pytest.approx(4)
    assert spread.met is False
    assert rows["Pool.map, chunksize=10 (default)"].ratio == pytest.approx(1)
    assert rows["Pool.map, default chunks"].ratio == pytest.approx(0.5)

    results["chunksize_sweep.py"]["seconds"]["1"] = 0.5
    rows = {row.name: row for row in bench.chunk_rows(FULL)}
    assert rows["worst chunksize / best chunksize"].met is True


def test_models_and_cluster_show_the_examples_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake_examples(monkeypatch, {})
    monkeypatch.setattr(bench, "_importable", lambda name: True)
    rows = bench.run(FULL, ["models", "cluster"])
    assert calls == [
        "choose_model_cpu.py",
        "choose_model_io.py",
        "dask_local_cluster.py",
    ]
    assert all(row.met is None for row in rows)
    out = capsys.readouterr().out
    assert "output of choose_model_cpu.py" in out
    assert "output of choose_model_io.py" in out
    assert "output of dask_local_cluster.py" in out

    monkeypatch.setattr(bench, "_importable", lambda name: False)
    (row,) = bench.cluster_rows(FULL)
    assert "not installed (dask, distributed)" in row.note


def test_a_failed_example_stops_the_bench(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing(name: str, *args: str, **kwargs: Any) -> ExampleRun:
        return ExampleRun(name, args, 1, "", "Traceback ...\n", 0.1, 1)

    monkeypatch.setattr(bench, "run_example", failing)
    assert bench.main(["--only", "cpu"]) == bench.EXAMPLE_FAILED
    assert "examples/amdahl_curve.py exited with status 1" in capsys.readouterr().err


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
        f"  {'interpreters':<40}      -  not available on Python 3.13"
    )


@pytest.mark.parametrize("bad", ["", "gpu", "cpu,nope"])
def test_unknown_section_is_a_usage_error(
    bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        bench.main(["--only", bad])
    assert exit_info.value.code == 2
    assert "choose from cpu, chunks, models, cluster" in capsys.readouterr().err


def test_runs_as_a_module_with_docs_ext_on_the_path() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "mpdocs.bench", "--quick", "--only", "cpu"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(DOCS_EXT)},
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
