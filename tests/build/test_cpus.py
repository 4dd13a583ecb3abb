"""The CPU-count facts the cpu_count page states, and the pages' busy-CPU probe."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys

import pytest
from conftest import RunClean

from mpdocs.cpus import (
    cpu_seconds,
    pool_busy_cpus,
)

HAS_PROCESS_CPU_COUNT = sys.version_info >= (3, 13)


def test_the_executor_default_follows_the_pool_rule() -> None:
    # _max_workers is private; reading it checks the page's statement (3.13+:
    # os.process_cpu_count(), before: os.cpu_count(); at most 61 on Windows)
    # against the real executor on every Python the tests run on.
    expected = getattr(os, "process_cpu_count", os.cpu_count)() or 1
    if sys.platform == "win32":
        expected = min(expected, 61)
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(mp_context=ctx) as executor:
        assert executor._max_workers == expected  # type: ignore[attr-defined]


def test_cpu_counts_example_with_python_cpu_count(run_clean: RunClean) -> None:
    run = run_clean("cpu_counts.py", env={"PYTHON_CPU_COUNT": "1"}, results=True)
    assert run.returncode == 0, run.stderr
    assert run.results is not None
    counts = run.results["counts"]
    if HAS_PROCESS_CPU_COUNT:
        # The override reaches every count but the affinity mask.
        assert counts["os.cpu_count()"] == 1
        assert counts["os.process_cpu_count()"] == 1
        assert counts["Pool() workers"] == 1
    else:
        assert counts["os.cpu_count()"] == os.cpu_count()
        assert counts["os.process_cpu_count()"] is None
    if hasattr(os, "sched_getaffinity"):
        assert counts["len(os.sched_getaffinity(0))"] == len(os.sched_getaffinity(0))


@pytest.mark.skipif(
    not hasattr(os, "sched_setaffinity"), reason="no affinity mask to confine"
)
def test_cpu_counts_example_in_a_child_on_one_cpu(run_clean: RunClean) -> None:
    # The page's rule: only os.cpu_count() ignores the mask; since 3.13 the
    # pool default follows it, and before 3.13 it counts installed CPUs.
    run = run_clean("cpu_counts.py", results=True)
    assert run.returncode == 0, run.stderr
    assert run.results is not None
    child = run.results["restricted"]
    assert child["len(os.sched_getaffinity(0))"] == 1
    assert child["os.cpu_count()"] == os.cpu_count()
    if HAS_PROCESS_CPU_COUNT:
        assert child["os.process_cpu_count()"] == 1
        assert child["Pool() workers"] == 1
    else:
        assert child["os.process_cpu_count()"] is None
        assert child["Pool() workers"] == os.cpu_count()


def test_cpu_seconds_computes_for_at_least_the_cpu_time_asked() -> None:
    used = cpu_seconds(1_000, 0.05)
    assert 0.05 <= used < 60  # lint: count, not a time (CPU time asked for)


def test_pool_busy_cpus_reads_at_most_the_workers() -> None:
    busy = pool_busy_cpus(multiprocessing.get_context("spawn"), 1, seconds=0.05)
    # One worker cannot keep more than one CPU busy (timer granularity aside).
    assert 0 < busy <= 1.2
    assert multiprocessing.active_children() == []


def test_pool_busy_cpus_rejects_no_workers() -> None:
    with pytest.raises(ValueError, match="workers must be >= 1"):
        pool_busy_cpus(multiprocessing.get_context("spawn"), 0)
