from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
from pathlib import Path

import pytest
from conftest import RunClean

from mpguide.cpus import (
    CpuQuota,
    PoolTiming,
    cpu_counts,
    cpu_quota,
    default_executor_workers,
    default_pool_workers,
    equal_tasks,
    parse_cfs_quota,
    parse_cpu_max,
    pool_busy_cpus,
    put_restricted_counts,
    scaling_sizes,
    started_pool_workers,
    time_pools,
    timed_count_primes,
)

HAS_PROCESS_CPU_COUNT = sys.version_info >= (3, 13)
CAN_SET_AFFINITY = hasattr(os, "sched_setaffinity")


def test_cpu_counts_agree_with_os() -> None:
    counts = cpu_counts()
    assert counts["os.cpu_count()"] == os.cpu_count()
    assert counts["multiprocessing.cpu_count()"] == multiprocessing.cpu_count()
    if hasattr(os, "sched_getaffinity"):
        assert counts["len(os.sched_getaffinity(0))"] == len(os.sched_getaffinity(0))
    if HAS_PROCESS_CPU_COUNT:
        assert counts["os.process_cpu_count()"] == os.process_cpu_count()
    else:
        assert counts["os.process_cpu_count()"] is None


def test_default_pool_workers_follows_the_version_rule() -> None:
    if HAS_PROCESS_CPU_COUNT:
        expected = os.process_cpu_count() or 1
    else:
        expected = os.cpu_count() or 1
    assert default_pool_workers() == expected


def test_default_pool_workers_matches_a_real_pool() -> None:
    ctx = multiprocessing.get_context("spawn")
    assert started_pool_workers(ctx) == default_pool_workers()
    assert multiprocessing.active_children() == []


def test_default_executor_workers_matches_the_executor() -> None:
    # _max_workers is private; reading it here checks our documented rule
    # against the real executor on every Python the tests run on.
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(mp_context=ctx) as executor:
        assert executor._max_workers == default_executor_workers()  # type: ignore[attr-defined]


def test_started_pool_workers_rejects_non_context() -> None:
    with pytest.raises(TypeError, match="multiprocessing context"):
        started_pool_workers("spawn")  # type: ignore[arg-type]


@pytest.mark.skipif(not CAN_SET_AFFINITY, reason="no os.sched_setaffinity")
def test_restricted_child_sees_one_cpu() -> None:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    cpu = min(os.sched_getaffinity(0))
    child = ctx.Process(
        target=put_restricted_counts, args=(queue, frozenset({cpu}), "spawn")
    )
    child.start()
    report = queue.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert report["len(os.sched_getaffinity(0))"] == 1
    assert report["os.cpu_count()"] == os.cpu_count()
    if HAS_PROCESS_CPU_COUNT:
        assert report["os.process_cpu_count()"] == 1
        assert report["Pool() workers"] == 1
    else:
        assert report["Pool() workers"] == (os.cpu_count() or 1)
    queue.close()
    queue.join_thread()


def test_put_restricted_counts_rejects_bad_cpus() -> None:
    queue = multiprocessing.get_context("spawn").Queue()
    with pytest.raises(ValueError, match="non-empty frozenset"):
        put_restricted_counts(queue, frozenset(), "spawn")
    with pytest.raises(ValueError, match="non-empty frozenset"):
        put_restricted_counts(queue, {0}, "spawn")  # type: ignore[arg-type]
    queue.close()
    queue.join_thread()


@pytest.mark.parametrize(
    ("text", "quota", "period", "cpus"),
    [
        ("max 100000\n", None, 100000, None),
        ("150000 100000", 150000, 100000, 1.5),
        ("50000 100000", 50000, 100000, 0.5),
    ],
)
def test_parse_cpu_max(
    text: str, quota: int | None, period: int, cpus: float | None
) -> None:
    parsed = parse_cpu_max(text)
    assert (parsed.quota_us, parsed.period_us, parsed.cpus) == (quota, period, cpus)


@pytest.mark.parametrize(
    ("text", "error", "match"),
    [
        ("max", ValueError, "QUOTA PERIOD"),
        ("1 2 3", ValueError, "QUOTA PERIOD"),
        ("x 100000", ValueError, "quota must be an integer"),
        ("max 0", ValueError, "period must be > 0"),
        ("0 100000", ValueError, "quota must be > 0"),
        (b"max 1", TypeError, "text must be a str"),
    ],
)
def test_parse_cpu_max_rejects(
    text: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        parse_cpu_max(text)  # type: ignore[arg-type]


def test_parse_cfs_quota() -> None:
    assert parse_cfs_quota("-1\n", "100000\n").cpus is None
    assert parse_cfs_quota("200000", "100000").cpus == 2.0
    with pytest.raises(ValueError, match="quota must be > 0 or -1"):
        parse_cfs_quota("-5", "100000")
    with pytest.raises(ValueError, match="period must be > 0"):
        parse_cfs_quota("100", "0")
    with pytest.raises(TypeError, match="must be str"):
        parse_cfs_quota(-1, "100000")  # type: ignore[arg-type]


def test_cpu_quota_reads_v2_then_v1(tmp_path: Path) -> None:
    v2 = tmp_path / "cpu.max"
    v1 = tmp_path / "cpu"
    assert cpu_quota(v2, v1) is None
    v1.mkdir()
    (v1 / "cpu.cfs_quota_us").write_text("50000\n")
    (v1 / "cpu.cfs_period_us").write_text("100000\n")
    assert cpu_quota(v2, v1) == CpuQuota(str(v1 / "cpu.cfs_quota_us"), 50000, 100000)
    v2.write_text("max 100000\n")
    quota = cpu_quota(v2, v1)
    assert quota is not None
    assert quota.cpus is None
    assert quota.describe() == f"{v2}: no CPU quota (max)"


def test_quota_describe_with_limit() -> None:
    assert CpuQuota("f", 150000, 100000).describe() == (
        "f: 150000 us every 100000 us = 1.5 CPUs"
    )


def test_scaling_sizes() -> None:
    assert scaling_sizes(1) == [1, 2, 3, 4]
    assert scaling_sizes(3) == [1, 2, 3, 4, 6]
    assert scaling_sizes(8) == [1, 2, 3, 4, 8, 16]
    with pytest.raises(ValueError, match="usable must be >= 1"):
        scaling_sizes(0)
    with pytest.raises(TypeError, match="usable must be an int"):
        scaling_sizes(2.0)  # type: ignore[arg-type]


def test_equal_tasks_divide_evenly() -> None:
    tasks = equal_tasks([1, 2, 3, 4], rounds=1, limit=5)
    assert tasks == [5] * 12
    with pytest.raises(ValueError, match="rounds must be >= 1"):
        equal_tasks([1], rounds=0, limit=5)
    with pytest.raises(ValueError, match="size must be >= 1"):
        equal_tasks([0], rounds=1, limit=5)


def test_timed_count_primes_reports_cpu_time() -> None:
    assert timed_count_primes(20_000) > 0
    with pytest.raises(ValueError, match="limit must be >= 0"):
        timed_count_primes(-1)


def test_pool_timing_busy_cpus() -> None:
    assert PoolTiming(seconds=0.5, cpu_seconds=1.0).busy_cpus == 2.0


def test_time_pools_times_every_size() -> None:
    ctx = multiprocessing.get_context("spawn")
    timings = time_pools(ctx, [1, 2], [2000] * 4, repeat=2)
    assert sorted(timings) == [1, 2]
    for timing in timings.values():
        assert timing.seconds > 0
        assert timing.cpu_seconds > 0
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"ctx": "spawn"}, TypeError, "multiprocessing context"),
        ({"sizes": []}, ValueError, "sizes must be a non-empty list"),
        ({"sizes": [0]}, ValueError, "size must be >= 1"),
        ({"limits": []}, ValueError, "limits must be a non-empty list"),
        ({"repeat": 0}, ValueError, "repeat must be >= 1"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number > 0"),
        ({"timeout": "1"}, TypeError, "timeout must be a number"),
    ],
)
def test_time_pools_rejects(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {
        "ctx": multiprocessing.get_context("spawn"),
        "sizes": [1],
        "limits": [10],
        "repeat": 1,
        **kwargs,
    }
    ctx = arguments.pop("ctx")
    sizes = arguments.pop("sizes")
    limits = arguments.pop("limits")
    with pytest.raises(error, match=match):
        time_pools(ctx, sizes, limits, **arguments)  # type: ignore[arg-type]


def test_cpu_counts_example_with_python_cpu_count(run_clean: RunClean) -> None:
    run = run_clean("cpu_counts.py", env={"PYTHON_CPU_COUNT": "1"})
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
    if hasattr(os, "sched_getaffinity"):
        assert counts["len(os.sched_getaffinity(0))"] == len(os.sched_getaffinity(0))


def test_pool_busy_cpus_reads_at_most_the_workers() -> None:
    ctx = multiprocessing.get_context("spawn")
    busy = pool_busy_cpus(ctx, 1, limit=20_000)
    # One worker cannot keep more than one CPU busy (timer granularity aside).
    assert 0 < busy <= 1.2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"workers": 0}, "workers must be >= 1"), ({"workers": 1, "limit": 0}, "limit")],
)
def test_pool_busy_cpus_rejects_bad_arguments(
    kwargs: dict[str, int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        pool_busy_cpus(multiprocessing.get_context("spawn"), **kwargs)
