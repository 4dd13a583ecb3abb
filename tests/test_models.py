from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import multiprocessing
import sys
import sysconfig

import pytest

from mpguide import models
from mpguide.models import (
    LABELS,
    MODELS,
    WORKLOADS,
    async_wait_for_io,
    compare_models,
    gil_disabled,
    python_version,
    run_model,
    sha256_of_zeros,
    speedups,
    task_function,
    unavailable_reason,
    workers_for,
)
from mpguide.stamp import usable_cpus

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(models.TASK_SIZES, "cpu", 2000)
    monkeypatch.setitem(models.TASK_SIZES, "hash", 1)
    monkeypatch.setitem(models.TASK_SIZES, "io", 0.01)


def test_every_model_has_a_label() -> None:
    assert set(LABELS) == set(MODELS)
    assert MODELS[0] == "serial"
    assert WORKLOADS == ("cpu", "hash", "io")


@pytest.mark.parametrize("megabytes", [0, 1, 3])
def test_sha256_of_zeros(megabytes: int) -> None:
    expected = hashlib.sha256(b"\0" * (megabytes * 2**20)).hexdigest()
    assert sha256_of_zeros(megabytes) == expected


def test_sha256_of_zeros_rejects_bad_sizes() -> None:
    with pytest.raises(TypeError, match="megabytes must be an int, not float"):
        sha256_of_zeros(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="megabytes must be >= 0, got -1"):
        sha256_of_zeros(-1)


def test_async_wait_for_io() -> None:
    assert asyncio.run(async_wait_for_io(0.01)) == 0.01
    with pytest.raises(ValueError, match="seconds must be a finite number >= 0"):
        asyncio.run(async_wait_for_io(-1))


def test_workers_for() -> None:
    assert workers_for("cpu", 8) == usable_cpus()
    assert workers_for("hash", 1) == usable_cpus()
    assert workers_for("io", 5) == 5
    with pytest.raises(ValueError, match="workload must be one of cpu, hash, io"):
        workers_for("disk", 5)
    with pytest.raises(ValueError, match="tasks must be >= 1, got 0"):
        workers_for("io", 0)


def test_task_function_is_importable_by_name() -> None:
    for workload in WORKLOADS:
        func = task_function(workload)
        assert func.__module__.startswith("mpguide.")
    with pytest.raises(TypeError, match="workload must be a str, not int"):
        task_function(3)  # type: ignore[arg-type]


def test_python_version() -> None:
    assert python_version() == "{}.{}".format(*sys.version_info[:2])


def test_asyncio_only_for_io() -> None:
    assert unavailable_reason("asyncio", "io") is None
    for workload in ("cpu", "hash"):
        reason = unavailable_reason("asyncio", workload)
        assert reason is not None
        assert reason.startswith("not applicable")
    with pytest.raises(ValueError, match="model must be one of serial"):
        unavailable_reason("gpu", "io")


def test_interpreter_pool_reason_follows_the_running_python(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(concurrent.futures, "InterpreterPoolExecutor", raising=False)
    reason = unavailable_reason("interpreters", "cpu")
    assert reason == (
        f"not available on this build machine's Python {python_version()} "
        "(InterpreterPoolExecutor is new in Python 3.14)"
    )
    monkeypatch.setattr(
        concurrent.futures, "InterpreterPoolExecutor", object, raising=False
    )
    assert unavailable_reason("interpreters", "cpu") is None


def test_free_threaded_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    # A build with the GIL.
    monkeypatch.setattr(sysconfig, "get_config_var", lambda name: 0)
    assert not gil_disabled()
    assert unavailable_reason("threads", "cpu") is None
    reason = unavailable_reason("free_threads", "cpu")
    assert reason is not None
    assert "a build with the GIL" in reason
    # A free-threaded build, GIL off: threads are the free-threaded model.
    monkeypatch.setattr(sysconfig, "get_config_var", lambda name: 1)
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: False, raising=False)
    assert gil_disabled()
    assert unavailable_reason("free_threads", "cpu") is None
    assert "runs without the GIL" in str(unavailable_reason("threads", "cpu"))
    # A free-threaded build with the GIL turned back on (PYTHON_GIL=1).
    monkeypatch.setattr(sys, "_is_gil_enabled", lambda: True, raising=False)
    assert not gil_disabled()
    assert "has the GIL enabled" in str(unavailable_reason("free_threads", "cpu"))


@pytest.mark.parametrize("workload", WORKLOADS)
def test_every_available_model_gives_the_serial_results(workload: str) -> None:
    func = task_function(workload)
    size = {"cpu": 1000, "hash": 1, "io": 0.01}[workload]
    expected = [func(size)] * 2
    for model in MODELS:
        if unavailable_reason(model, workload) is None:
            assert run_model(model, workload, [size] * 2, 2, SPAWN) == expected
        else:
            with pytest.raises(ValueError, match=f"{model} for {workload}: not"):
                run_model(model, workload, [size] * 2, 2, SPAWN)


def test_run_model_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="tasks must be a non-empty sequence"):
        run_model("serial", "cpu", [], 1, SPAWN)
    with pytest.raises(ValueError, match="workers must be >= 1, got 0"):
        run_model("serial", "cpu", [10], 0, SPAWN)
    with pytest.raises(TypeError, match="ctx must be a multiprocessing context"):
        run_model("serial", "cpu", [10], 1, "spawn")  # type: ignore[arg-type]


@pytest.mark.usefixtures("small_tasks")
@pytest.mark.parametrize("workload", WORKLOADS)
def test_compare_models_reports_every_model_in_order(workload: str) -> None:
    report = compare_models(workload, tasks=2, repeat=2)
    assert tuple(report) == MODELS
    for model, value in report.items():
        if unavailable_reason(model, workload) is None:
            assert isinstance(value, float)
            assert value > 0
        else:
            assert value == unavailable_reason(model, workload)
    ratios = speedups(report)
    assert ratios["serial"] == 1.0


@pytest.mark.usefixtures("small_tasks")
@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_compare_models_under_each_start_method(method: str) -> None:
    report = compare_models("cpu", start_method=method, tasks=1)
    assert isinstance(report["mp_pool"], float)
    assert isinstance(report["process_executor"], float)


def test_compare_models_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workload must be one of"):
        compare_models("gpu")
    with pytest.raises(ValueError, match="start method 'thread' is not available"):
        compare_models("cpu", start_method="thread")
    with pytest.raises(ValueError, match="tasks must be >= 1, got 0"):
        compare_models("cpu", tasks=0)
    with pytest.raises(TypeError, match="repeat must be an int, not float"):
        compare_models("cpu", repeat=1.0)  # type: ignore[arg-type]


def test_speedups() -> None:
    assert speedups({"serial": 3.0, "threads": 1.5, "asyncio": "no"}) == {
        "serial": 1.0,
        "threads": 2.0,
        "asyncio": "no",
    }
    with pytest.raises(TypeError, match="serial time"):
        speedups({"serial": "not measured"})
    with pytest.raises(TypeError, match="report must be a dict"):
        speedups([])  # type: ignore[arg-type]
