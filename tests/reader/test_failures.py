"""mpguide.failures: workers that raise, die, get interrupted and log."""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import signal
from collections.abc import Iterator

import pytest

from mpguide import failures
from mpguide.failures import (
    TaskFailed,
    announce_then_work,
    die_abruptly,
    ignore_sigint,
    init_ctrl_c_worker,
    kill_self,
    log_to_queue,
    logged_task,
    parse_record,
    raise_error,
)

FAST_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def test_raise_error_raises_task_failed() -> None:
    with pytest.raises(TaskFailed, match=r"^disk full$"):
        raise_error("disk full")


def test_task_failed_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(TaskFailed("boom")))
    assert isinstance(error, TaskFailed)
    assert error.args == ("boom",)


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_task_failed_reaches_the_parent_under_each_start_method(method: str) -> None:
    with multiprocessing.get_context(method).Pool(1) as pool:
        failing = pool.apply_async(raise_error, ("from a worker",))
        with pytest.raises(TaskFailed, match="from a worker"):
            failing.get(timeout=60)
        pool.close()
        pool.join()


def test_parse_record() -> None:
    assert parse_record(" 12\n") == 12
    with pytest.raises(ValueError, match="invalid literal for int"):
        parse_record("seven")


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_die_abruptly_exits_with_the_code(method: str) -> None:
    child = multiprocessing.get_context(method).Process(target=die_abruptly, args=(7,))
    child.start()
    child.join(timeout=60)
    assert child.exitcode == 7


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


@pytest.fixture
def clean_root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    root.handlers[:] = handlers
    root.setLevel(level)


def test_log_to_queue_replaces_root_handlers(clean_root_logger: logging.Logger) -> None:
    stale = logging.StreamHandler()
    clean_root_logger.addHandler(stale)
    records = multiprocessing.get_context(FAST_METHOD).Queue()
    try:
        log_to_queue(records)
        assert stale not in clean_root_logger.handlers
        assert len(clean_root_logger.handlers) == 1
        assert logged_task(-3) == 9
        messages = [records.get(timeout=30).getMessage() for _ in range(2)]
        assert messages == ["item -3 is negative; squaring anyway", "item -3 -> 9"]
    finally:
        records.close()
        records.join_thread()
