from __future__ import annotations

import logging
import multiprocessing
import queue
import signal

import pytest

from mpguide import failures
from mpguide.failures import (
    announce_then_work,
    ignore_sigint,
    init_ctrl_c_worker,
    kill_self,
    log_to_queue,
    logged_task,
    parse_record,
)
from mpguide.workers import wait_until_released

FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def test_parse_record() -> None:
    assert parse_record(" 12\n") == 12
    with pytest.raises(ValueError, match="invalid literal for int"):
        parse_record("seven")
    with pytest.raises(TypeError, match="text must be a str"):
        parse_record(7)  # type: ignore[arg-type]


def test_kill_self_validates() -> None:
    with pytest.raises(TypeError, match="signum must be an int"):
        kill_self("9")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="signum must be >= 1"):
        kill_self(0)
    with pytest.raises(ValueError, match="valid signal number"):
        kill_self(10_000)


def test_kill_self_reports_a_survived_signal() -> None:
    previous = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    try:
        with pytest.raises(RuntimeError, match="survived signal"):
            kill_self(signal.SIGUSR1)
    finally:
        signal.signal(signal.SIGUSR1, previous)


def test_kill_self_with_sigkill_ends_the_process() -> None:
    ctx = multiprocessing.get_context(FAST_METHOD)
    child = ctx.Process(target=kill_self, args=(signal.SIGKILL,))
    child.start()
    child.join(timeout=30)
    assert child.exitcode == -signal.SIGKILL


def test_ignore_sigint() -> None:
    previous = signal.getsignal(signal.SIGINT)
    try:
        ignore_sigint()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_announce_then_work_needs_its_initializer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(failures, "_started", None)
    with pytest.raises(RuntimeError, match="needs the init_ctrl_c_worker"):
        announce_then_work(0)


def test_init_ctrl_c_worker_then_announce(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(failures, "_started", None)
    previous = signal.getsignal(signal.SIGINT)
    event = multiprocessing.get_context(FAST_METHOD).Event()
    try:
        init_ctrl_c_worker(event, ignore=False)
        assert signal.getsignal(signal.SIGINT) is previous
        assert announce_then_work(0) == 0
        assert event.is_set()
        init_ctrl_c_worker(event)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_init_ctrl_c_worker_validates() -> None:
    with pytest.raises(TypeError, match="started must be an Event"):
        init_ctrl_c_worker("event")  # type: ignore[arg-type]
    event = multiprocessing.get_context(FAST_METHOD).Event()
    with pytest.raises(TypeError, match="ignore must be a bool"):
        init_ctrl_c_worker(event, ignore=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="seconds must be"):
        announce_then_work(-1)


@pytest.fixture
def clean_root_logger() -> object:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    root.handlers[:] = handlers
    root.setLevel(level)


def test_log_to_queue_replaces_root_handlers(clean_root_logger: logging.Logger) -> None:
    stale = logging.StreamHandler()
    clean_root_logger.addHandler(stale)
    records: queue.Queue[logging.LogRecord] = queue.Queue()
    log_to_queue(records)
    assert stale not in clean_root_logger.handlers
    assert len(clean_root_logger.handlers) == 1
    assert logged_task(-3) == 9
    messages = [records.get_nowait().getMessage() for _ in range(2)]
    assert messages == ["item -3 is negative; squaring anyway", "item -3 -> 9"]
    assert records.empty()


def test_log_to_queue_validates(clean_root_logger: logging.Logger) -> None:
    with pytest.raises(TypeError, match="queue must be a queue"):
        log_to_queue([])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="level must be an int"):
        log_to_queue(queue.Queue(), level="INFO")  # type: ignore[arg-type]


def test_logged_task_validates() -> None:
    with pytest.raises(TypeError, match="item must be an int"):
        logged_task(1.5)  # type: ignore[arg-type]


def test_sigint_ignored_restores_the_handler() -> None:
    previous = signal.getsignal(signal.SIGINT)
    with failures.sigint_ignored():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    assert signal.getsignal(signal.SIGINT) is previous


def test_count_ended() -> None:
    ctx = multiprocessing.get_context(FAST_METHOD)
    ready, release = ctx.Event(), ctx.Event()
    quick = ctx.Process(target=parse_record, args=("1",))
    stuck = ctx.Process(target=wait_until_released, args=(ready, release))
    quick.start()
    stuck.start()
    try:
        assert ready.wait(timeout=30)
        assert failures.count_ended([quick, stuck], timeout=0.3) == 1
        release.set()
        assert failures.count_ended([quick, stuck], timeout=30) == 2
    finally:
        release.set()
        for child in (quick, stuck):
            child.join(timeout=30)
    assert failures.count_ended([], timeout=0) == 0
    with pytest.raises(ValueError, match="timeout must be"):
        failures.count_ended([], timeout=-1)
