"""Unit tests for mpguide.start_methods."""

from __future__ import annotations

import multiprocessing
import threading
from typing import Any

import pytest

import mpguide.start_methods as sm


@pytest.fixture
def restore_setting() -> Any:
    yield
    sm.change_setting(sm.IMPORT_TIME_SETTING)


def test_setting_starts_at_import_value() -> None:
    assert sm.setting == sm.IMPORT_TIME_SETTING


def test_change_setting_rebinds_module_global(restore_setting: None) -> None:
    sm.change_setting("new")
    assert sm.setting == "new"


@pytest.mark.parametrize("bad", [None, 3, b"bytes"])
def test_change_setting_rejects_non_str(bad: object) -> None:
    with pytest.raises(TypeError, match="value must be a str"):
        sm.change_setting(bad)  # type: ignore[arg-type]


def test_report_state_in_this_process(restore_setting: None) -> None:
    sm.change_setting("here")
    reader, writer = multiprocessing.Pipe(duplex=False)
    sm.report_state(writer)
    report = reader.recv()
    reader.close()
    writer.close()
    assert report["setting"] == "here"
    assert report["threads"] == threading.active_count()
    assert isinstance(report["pid"], int)


def test_report_state_rejects_non_connection() -> None:
    with pytest.raises(TypeError, match="send\\(\\) method"):
        sm.report_state([])  # type: ignore[arg-type]


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_report_state_from_a_child(method: str, restore_setting: None) -> None:
    sm.change_setting("changed in the parent")
    ctx = multiprocessing.get_context(method)
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=sm.report_state, args=(writer,))
    child.start()
    writer.close()
    assert reader.poll(60), "no report from the child"
    report = reader.recv()
    reader.close()
    child.join(timeout=60)
    assert child.exitcode == 0
    expected = "changed in the parent" if method == "fork" else sm.IMPORT_TIME_SETTING
    assert report["setting"] == expected
    assert report["pid"] == child.pid


def test_seconds_per_start_is_positive() -> None:
    ctx = multiprocessing.get_context("spawn")
    assert sm.seconds_per_start(ctx, processes=2, repeat=1) > 0


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"processes": 0}, ValueError, "processes must be >= 1"),
        ({"processes": 1.5}, TypeError, "processes must be an int"),
        ({"processes": True}, TypeError, "processes must be an int"),
        ({"repeat": 0}, ValueError, "repeat must be >= 1"),
        ({"timeout": 0}, ValueError, "timeout must be a finite number > 0"),
        ({"timeout": "1"}, TypeError, "timeout must be a number"),
    ],
)
def test_seconds_per_start_validates(
    kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    ctx = multiprocessing.get_context("spawn")
    with pytest.raises(error, match=match):
        sm.seconds_per_start(ctx, **kwargs)


def test_seconds_per_start_rejects_non_context() -> None:
    with pytest.raises(TypeError, match="multiprocessing context"):
        sm.seconds_per_start("spawn")  # type: ignore[arg-type]


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_other_start_method(method: str) -> None:
    other = sm.other_start_method(method)
    assert other in multiprocessing.get_all_start_methods()
    if len(multiprocessing.get_all_start_methods()) > 1:
        assert other != method
    else:
        assert other == method


def test_other_start_method_errors() -> None:
    with pytest.raises(ValueError, match="not available"):
        sm.other_start_method("threads")
    with pytest.raises(TypeError, match="method must be a str"):
        sm.other_start_method(None)  # type: ignore[arg-type]


def test_do_nothing_returns_none() -> None:
    assert sm.do_nothing() is None  # type: ignore[func-returns-value]
