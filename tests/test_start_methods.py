"""Unit tests for the workers in mpguide.start_methods."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest

from mpguide import start_methods

IMPORT_TIME_VALUE = "set at import"


@pytest.fixture
def restore_setting() -> Iterator[None]:
    yield
    start_methods.setting = IMPORT_TIME_VALUE


def test_setting_starts_at_import_value() -> None:
    assert start_methods.setting == IMPORT_TIME_VALUE


def test_report_state_in_this_process(restore_setting: None) -> None:
    start_methods.setting = "here"
    reader, writer = multiprocessing.Pipe(duplex=False)
    start_methods.report_state(writer)
    report = reader.recv()
    reader.close()
    writer.close()
    assert report["setting"] == "here"
    assert report["threads"] == threading.active_count()
    assert isinstance(report["pid"], int)


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_report_state_from_a_child(method: str, restore_setting: None) -> None:
    start_methods.setting = "changed in the parent"
    ctx = multiprocessing.get_context(method)
    reader, writer = ctx.Pipe(duplex=False)
    child = ctx.Process(target=start_methods.report_state, args=(writer,))
    child.start()
    writer.close()
    assert reader.poll(60), "no report from the child"
    report = reader.recv()
    reader.close()
    child.join(timeout=60)
    assert child.exitcode == 0
    expected = "changed in the parent" if method == "fork" else IMPORT_TIME_VALUE
    assert report["setting"] == expected
    assert report["pid"] == child.pid


def test_do_nothing_runs_in_a_child() -> None:
    child = multiprocessing.get_context("spawn").Process(
        target=start_methods.do_nothing
    )
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 0
