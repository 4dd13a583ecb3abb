"""mpdocs.bench: what it runs, what it prints, and when it fails.

Every test feeds small made-up results: the verdicts follow from the numbers
and the machine, whatever machine the tests run on.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mpdocs import bench
from mpdocs.bench import SECTIONS, Machine, ratios, report, targets
from mpdocs.runner import ExampleRun
from mpdocs.spread import Spread, phrase

DOCS = Path(__file__).resolve().parents[2] / "docs"
QUIET, BUSY, ONE_CPU = Machine(2, (1.95, 1.9), 0.05), Machine(2, (1.9, 1.2)), Machine(1)

seconds = st.lists(st.floats(0.01, 10), min_size=5, max_size=5)


def page_calls() -> set[tuple[str, ...]]:
    """Every ``show_example(NAME, *args)`` in the pages' code cells."""
    calls = set()
    for page in DOCS.glob("*.md"):
        cells = re.findall(
            r"```\{code-cell\}[^\n]*\n(.*?)```", page.read_text(), re.DOTALL
        )
        for cell in cells:
            code = "\n".join(line for line in cell.splitlines() if line[:1] != ":")
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == (
                    "show_example"
                ):
                    args = [
                        arg.value for arg in node.args if isinstance(arg, ast.Constant)
                    ]
                    calls.add(tuple(args))
    return calls


def amdahl(loop: list[float], pool: list[float], workers: int = 2) -> dict[str, Any]:
    return {"workers": workers, "rounds": {"loop": loop, "0.0": pool}}


def sweep(one: list[float], best: list[float]) -> dict[str, Any]:
    rounds = {"1": one, "5000": best, "serial": [0.1] * len(one)}
    return {"items": 10_000, "workers": 2, "rounds": rounds}


def test_the_bench_runs_each_example_as_its_page_does() -> None:
    calls = page_calls()
    for examples in SECTIONS.values():
        for example in examples:
            assert (example.name, *example.args) in calls, example.name


def test_ratios_are_the_baseline_over_each_variant_round_by_round() -> None:
    data = {"rounds": {"1": [2.0, 4.0, 3.0], "serial": [1.0, 1.0, 1.5]}}
    assert ratios(data) == {
        "1 vs serial": Spread.ratio([1.0, 1.0, 1.5], [2.0, 4.0, 3.0])
    }
    nested = {"rounds": {"count_primes": {"serial": [2.0], "threads": [1.0]}}}
    assert ratios(nested)["count_primes threads vs serial"].median == 2.0
    assert ratios({"cpus": 2, "Dask": [1.0]}) == {}


def test_the_chunk_target_is_the_slowest_size_over_the_fastest() -> None:
    data = sweep([0.5, 0.6, 0.4, 0.5, 0.5], [0.01] * 5)
    data["rounds"]["200"] = [0.02] * 5
    ((label, (spread, target)),) = targets({"chunksize_sweep.py": data}).items()
    assert label.endswith("chunksize=1 / chunksize=5000")
    assert (spread.median, target) == (50.0, 5.0)


@given(seconds, seconds, st.sampled_from([QUIET, BUSY, ONE_CPU]))
def test_exit_status_1_only_for_a_clear_miss_on_a_quiet_machine(
    loop: list[float], pool: list[float], machine: Machine
) -> None:
    results = {"amdahl_curve.py": amdahl(loop, pool, machine.usable)}
    speedup = Spread.ratio(loop, pool)
    status = report(results, machine)
    clear_miss = speedup.high < 0.9 * machine.usable
    assert status == (1 if clear_miss and machine.state != "busy" else 0)


@given(seconds, seconds, seconds, seconds)
def test_no_target_is_claimed_missed_on_a_busy_machine(
    loop: list[float], pool: list[float], one: list[float], best: list[float]
) -> None:
    results = {
        "amdahl_curve.py": amdahl(loop, pool),
        "chunksize_sweep.py": sweep(one, best),
    }
    assert report(results, BUSY) == 0


def test_a_busy_machine_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    results = {"amdahl_curve.py": amdahl([1.0] * 5, [1.0] * 5)}
    assert report(results, QUIET) == 1
    assert ": missed" in capsys.readouterr().out
    assert report(results, BUSY) == 0
    out = capsys.readouterr().out
    assert "machine: busy (the examples could count on 1.20 of 2 CPUs)" in out
    assert ": not judged" in out
    assert ": missed" not in out
    assert "verdict: 0 met, 0 missed, 1 too close or not judged" in out


def test_busy_by_any_reading() -> None:
    assert QUIET.state == "quiet"
    assert Machine(2, (1.95, 1.95), others=0.5).state == "busy"  # others took 0.5
    assert Machine(1, (0.97,)).state == "one-cpu"
    assert Machine(1, (0.6,)).state == "busy"


def test_quick_judges_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert report({"amdahl_curve.py": amdahl([1.0], [1.0])}, QUIET, quick=True) == 0
    assert "no target judged" in capsys.readouterr().out


def fake_run(returncode: int, data: dict[str, Any]) -> Any:
    def run_example(name: str, *args: str, **_: Any) -> ExampleRun:
        out = f"output of {name}\n"
        return ExampleRun(name, args, returncode, out, "", 0.5, 1, results=data)

    return run_example


@pytest.fixture
def no_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "pool_busy_cpus", lambda ctx, n, **_: 0.97 * n)
    monkeypatch.setattr(bench, "machine_clock", lambda: None)


@pytest.mark.usefixtures("no_probe")
def test_main_prints_the_outputs_the_machine_and_the_table(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = amdahl([2.0] * 5, [1.0] * 5, bench.usable_cpus())
    monkeypatch.setattr(bench, "run_example", fake_run(0, data))
    assert bench.main(["--only", "cpu"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mpguide benchmark · CPython ")
    assert (
        "$ python amdahl_curve.py --start-method spawn\noutput of amdahl_curve.py"
        in out
    )
    assert "before: load average" in out
    assert "after: load average" in out
    assert "0.0 vs loop" in out
    assert phrase(Spread.of([2.0] * 5)) in out


@pytest.mark.usefixtures("no_probe")
def test_a_failed_example_stops_the_bench_with_status_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench, "run_example", fake_run(1, {}))
    assert bench.main([]) == 3
    assert "amdahl_curve.py exited with 1" in capsys.readouterr().err


def test_unknown_sections_are_a_usage_error() -> None:
    with pytest.raises(SystemExit) as stopped:
        bench.main(["--only", "nothing"])
    assert stopped.value.code == 2
