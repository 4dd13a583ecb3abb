from __future__ import annotations

import hashlib
import multiprocessing
import sys
import sysconfig

import pytest

from mpguide.gil import (
    MODES,
    Timing,
    gil_status,
    hash_zeros,
    run_processes,
    run_serial,
    run_threads,
    time_modes,
)
from mpguide.workers import TaskFailed, count_primes, raise_error

SPAWN = multiprocessing.get_context("spawn")


@pytest.mark.parametrize("megabytes", [0, 1, 3])
def test_hash_zeros_matches_hashing_all_at_once(megabytes: int) -> None:
    expected = hashlib.sha256(bytes(megabytes * 2**20)).hexdigest()
    assert hash_zeros(megabytes) == expected


def test_hash_zeros_rejects_bad_sizes() -> None:
    with pytest.raises(TypeError, match="megabytes must be an int, not float"):
        hash_zeros(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="megabytes must be an int, not bool"):
        hash_zeros(True)
    with pytest.raises(ValueError, match="megabytes must be >= 0, got -1"):
        hash_zeros(-1)


def test_the_three_runners_agree() -> None:
    tasks = [10, 100, 1000]
    expected = [4, 25, 168]
    assert run_serial(count_primes, tasks) == expected
    assert run_threads(count_primes, tasks, workers=2) == expected
    assert run_processes(count_primes, tasks, 2, SPAWN) == expected


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_run_processes_under_each_start_method(method: str) -> None:
    ctx = multiprocessing.get_context(method)
    assert run_processes(hash_zeros, [0, 1], 2, ctx) == [hash_zeros(0), hash_zeros(1)]


def test_a_failing_task_raises_in_the_caller() -> None:
    with pytest.raises(TaskFailed, match="in a thread"):
        run_threads(raise_error, ["in a thread"], workers=1)
    with pytest.raises(TaskFailed, match="in a process"):
        run_processes(raise_error, ["in a process"], 1, SPAWN)


def test_runners_reject_bad_arguments() -> None:
    with pytest.raises(TypeError, match="func must be callable, not int"):
        run_serial(42, [1])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tasks must be a sequence, not str"):
        run_serial(abs, "abc")
    with pytest.raises(TypeError, match="tasks must be a sequence, not set"):
        run_threads(abs, {1, 2}, workers=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tasks must not be empty"):
        run_threads(abs, [], workers=1)
    with pytest.raises(ValueError, match="workers must be >= 1, got 0"):
        run_threads(abs, [1], workers=0)
    with pytest.raises(TypeError, match="workers must be an int, not bool"):
        run_processes(abs, [1], True, SPAWN)
    with pytest.raises(TypeError, match="ctx must be a multiprocessing context"):
        run_processes(abs, [1], 1, "spawn")  # type: ignore[arg-type]


def test_time_modes_times_all_three_ways() -> None:
    timing = time_modes(count_primes, [2000, 2000], 2, SPAWN, repeat=2)
    for mode in MODES:
        assert timing.seconds(mode) > 0
    assert timing.speedup("serial") == 1.0
    assert timing.speedup("processes") == timing.serial / timing.processes


def test_time_modes_rejects_bad_repeat() -> None:
    with pytest.raises(ValueError, match="repeat must be >= 1, got 0"):
        time_modes(abs, [1], 1, SPAWN, repeat=0)
    with pytest.raises(TypeError, match="repeat must be an int, not float"):
        time_modes(abs, [1], 1, SPAWN, repeat=1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="workers must be >= 1"):
        time_modes(abs, [1], 0, SPAWN)


def test_time_modes_refuses_runs_that_disagree() -> None:
    # id() of a fresh object differs between calls: the runs cannot agree.
    with pytest.raises(RuntimeError, match="threads returned"):
        time_modes(lambda _: object(), [1], 1, SPAWN)


def test_timing_rejects_unknown_modes() -> None:
    timing = Timing(serial=2.0, threads=1.0, processes=0.5)
    assert timing.speedup("threads") == 2.0
    assert timing.speedup("processes") == 4.0
    with pytest.raises(ValueError, match="mode must be one of serial, threads"):
        timing.seconds("fibers")


def test_gil_status_describes_this_interpreter() -> None:
    status = gil_status()
    version = "{}.{}.{}".format(*sys.version_info[:3])
    assert status.startswith(f"Python {version}, ")
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    assert ("free-threaded build" in status) == free_threaded
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    if is_gil_enabled is None:
        assert status.endswith("GIL enabled (sys._is_gil_enabled() is new in 3.13)")
    else:
        assert status.endswith("GIL enabled" if is_gil_enabled() else "GIL disabled")
