"""The Dask and joblib page's sentences, from recorded runs on two CPUs and on one.

The runs are ``tests/recorded/<condition>/{dask_local_cluster,joblib_loky}.json``
(``tools/record_runs.py``). Expectations are worked out here from the
recorded numbers; typed-in cases at the end test edge logic.
"""

from __future__ import annotations

from typing import Any

import pytest
from recorded import CONDITIONS, ONE_CPU, TWO_CPUS, inputs, results

from mpdocs.clusters import EMPTY_TASKS, dask_texts, joblib_text, verdict


def _dask(condition: str) -> dict[str, Any]:
    return results(condition, "dask_local_cluster")


def _dask_task(condition: str) -> float:
    return float(_dask(condition)["Dask"][1]) / EMPTY_TASKS  # as the page computes it


@pytest.mark.parametrize("condition", CONDITIONS)
def test_recordings_match_their_condition(condition: str) -> None:
    r = _dask(condition)
    usable = inputs(condition, "dask_local_cluster")["usable"]
    assert r["cpus"] == results(condition, "joblib_loky")["cpus"] == usable
    assert usable == (1 if condition == ONE_CPU else 2)
    assert r["tasks"] == 16  # the page's prose says 16 tasks


@pytest.mark.parametrize("condition", TWO_CPUS)
def test_two_cpus_word_the_job_from_its_ratios(condition: str) -> None:
    r = _dask(condition)
    serial = r["serial"][0]
    pool_x, dask_x = serial / r["Pool"][0], serial / r["Dask"][0]
    texts = dask_texts(r)
    assert texts["job_text"] == (
        f"On the job itself, with 2 workers each, the `Pool` {verdict(pool_x, 2)}, "
        f"at {pool_x:.2f} times the speed of the serial loop; the Dask cluster, at "
        f"{dask_x:.2f} times, {verdict(dask_x, 2)}."
    )
    dask_total = r["startup"] + r["Dask"][0]
    assert (
        f"the Dask run was {serial / dask_total:.2f} times as fast"
        in (texts["total_text"])
    )
    assert ("slower than the warmed-up `Pool`" in texts["total_text"]) == (
        dask_total > r["Pool"][0]
    )
    assert "one CPU" not in " ".join(texts.values())
    joblib = results(condition, "joblib_loky")
    text = joblib_text(joblib, _dask_task(condition))
    job, tiny = joblib["joblib"]
    assert text.startswith(f"joblib ran the job {joblib['serial'] / job:.2f} times")
    faster = tiny / EMPTY_TASKS < _dask_task(condition)
    assert ("batching quick tasks is part of that" in text) == faster


@pytest.mark.parametrize("condition", CONDITIONS)
def test_task_cost_sentence(condition: str) -> None:
    r = _dask(condition)
    pool_ms, dask_ms = (1e3 * r[k][1] / EMPTY_TASKS for k in ("Pool", "Dask"))
    text = dask_texts(r)["task_text"]
    assert f"Dask spent {dask_ms:.2f} ms" in text
    assert f"{pool_ms:.3f} ms" in text
    assert ("closer than usual" in text) == (dask_ms / pool_ms < 2)


def test_one_cpu_says_what_could_not_be_shown_and_why() -> None:
    r = _dask(ONE_CPU)
    job = dask_texts(r)["job_text"]
    assert job.startswith(
        "This build let the examples use only one CPU, so no parallel speed-up "
        "could be shown: processes on one CPU only take turns"
    )
    serial = r["serial"][0]
    pool_x, dask_x = serial / r["Pool"][0], serial / r["Dask"][0]
    assert f"the `Pool` ran at {pool_x:.2f} times the speed" in job
    noise = max(pool_x, dask_x) > 1.05
    assert (
        job.endswith("(more than 1 only because other load slowed the serial loop).")
        == noise
    )
    assert "busy" not in job
    text = joblib_text(results(ONE_CPU, "joblib_loky"), _dask_task(ONE_CPU))
    assert "as a plain loop, with no worker process" in text
    assert "could not show what loky's workers gain or cost" in text
    assert "Dask" not in text
    assert "batching" not in text


def test_faster_than_ideal_is_not_believed() -> None:
    # Synthetic, from the quiet recording with one change: the serial loop
    # made 3 times as slow, as when other load slows only the serial run.
    r = _dask("quiet-2cpu")
    r["serial"] = [3 * r["Dask"][0]]
    assert "did better than its workers can" in dask_texts(r)["job_text"]


# Typed-in edge cases: the verdict's thresholds.


def test_edge_verdicts() -> None:
    assert verdict(2.11, 2).startswith("did better than its workers can")
    assert verdict(2.09, 2) == "ran the job in parallel"
    assert verdict(1.21, 2) == "ran the job in parallel"
    assert verdict(1.19, 2).startswith("beat the serial loop, though")
    assert verdict(1.01, 2).startswith("beat the serial loop, though")
    assert verdict(1.0, 2).startswith("was no faster than serial on this run")
