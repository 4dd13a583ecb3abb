"""The Dask and joblib page's sentences, from recorded runs on two CPUs and on one."""

from __future__ import annotations

from typing import Any

from mpdocs.clusters import dask_texts, joblib_text, verdict

# Recorded with tools/run_page.py docs/beyond_one_machine.md on a shared
# 2-CPU machine: plainly, and under `taskset -c 0` (one usable CPU).
DASK_2 = {
    "cpus": 2,
    "tasks": 16,
    "startup": 1.3074,
    "serial": [1.5468],
    "Pool": [1.5137, 0.006234],
    "Dask": [0.8641, 0.30489],
}
JOBLIB_2 = {"cpus": 2, "serial": 1.5598, "joblib": [0.8293, 0.010811]}
DASK_1 = {
    "cpus": 1,
    "tasks": 16,
    "startup": 0.8925,
    "serial": [1.5106],
    "Pool": [1.5083, 0.004120],
    "Dask": [1.6059, 0.58106],
}
JOBLIB_1 = {"cpus": 1, "serial": 1.5017, "joblib": [1.5562, 0.00032546]}


def test_two_cpus_keep_the_two_cpu_wording() -> None:
    texts = dask_texts(DASK_2)
    assert texts["job_text"] == (
        "On the job itself, with 2 workers each, the `Pool` beat the serial loop, "
        "though on this run not by much, at 1.02 times the speed of the serial "
        "loop; the Dask cluster, at 1.79 times, ran the job in parallel."
    )
    assert texts["total_text"] == (
        "Counting it, the Dask run was 0.71 times as fast as serial, "
        "and slower than the warmed-up `Pool`."
    )
    assert "about 49 times the `Pool`'s 0.031 ms" in texts["task_text"]
    assert joblib_text(JOBLIB_2, DASK_2["Dask"][1] / 200) == (
        "joblib ran the job 1.88 times as fast as its own serial loop and spent "
        "0.054 ms per task that does nothing, less than Dask's 1.52 ms above: "
        "batching quick tasks is part of that."
    )


def test_a_busy_two_cpu_machine_says_so() -> None:
    # Another recorded 2-CPU run, on a busier machine.
    busy: dict[str, Any] = {**DASK_2, "serial": [1.644], "Dask": [1.814, 0.3055]}
    job = dask_texts(busy)["job_text"]
    assert "was no faster than serial on this run (the build machine was busy)" in job
    assert verdict(2.5, 2).startswith("did better than its workers can")


def test_one_cpu_says_what_could_not_be_shown_and_why() -> None:
    job = dask_texts(DASK_1)["job_text"]
    assert job.startswith(
        "This build let the examples use only one CPU, so no parallel speed-up "
        "could be shown: processes on one CPU only take turns"
    )
    assert job.endswith(
        "the `Pool` ran at 1.00 times the speed of the serial loop and "
        "the Dask cluster at 0.94 times."
    )
    assert "busy" not in job
    text = joblib_text(JOBLIB_1, DASK_1["Dask"][1] / 200)
    assert "as a plain loop, with no worker process" in text
    assert "could not show what loky's workers gain or cost" in text
    assert "Dask" not in text
    assert "batching" not in text


def test_one_cpu_explains_a_speed_up_it_cannot_have() -> None:
    # Under `taskset -c 0` beside another run, the serial loop was slowed.
    noisy: dict[str, Any] = {**DASK_1, "serial": [1.75]}
    job = dask_texts(noisy)["job_text"]
    assert job.endswith("(more than 1 only because other load slowed the serial loop).")
