from __future__ import annotations

import math
import multiprocessing
import threading

import pytest

from mpguide.queues import (
    ChildFailed,
    collect,
    consume,
    consume_joinable,
    pipe_capacity,
    produce,
    put_payload,
    rate_table,
    receive,
    reply_upper,
    wait_in_thread,
    write_lines,
)
from mpguide.workers import raise_error

CTX = multiprocessing.get_context("spawn")


def test_consume_stops_at_sentinel_in_this_process() -> None:
    tasks = CTX.Queue()
    results = CTX.Queue()
    for item in (10, 100, None):
        tasks.put(item)
    consume(tasks, results)
    got = [results.get(timeout=10), results.get(timeout=10)]
    assert [(limit, primes) for _, limit, primes in got] == [(10, 4), (100, 25)]
    assert got[0][0] == multiprocessing.current_process().name


def test_collect_gets_items_from_children() -> None:
    tasks = CTX.Queue()
    results = CTX.Queue()
    child = CTX.Process(target=consume, args=(tasks, results))
    child.start()
    for item in (10, 20, None):
        tasks.put(item)
    items = collect(results, 2, [child], timeout=30)
    child.join(timeout=30)
    assert sorted(limit for _, limit, _ in items) == [10, 20]
    assert child.exitcode == 0


def test_collect_reports_a_dead_child() -> None:
    results = CTX.Queue()
    child = CTX.Process(target=raise_error, args=("boom",), name="doomed")
    child.start()
    child.join(timeout=30)
    with pytest.raises(ChildFailed, match=r"got 0 of 1 items; failed: doomed \(exit"):
        collect(results, 1, [child], timeout=30)


def test_collect_times_out() -> None:
    with pytest.raises(TimeoutError, match=r"got 0 of 1 items in 0\.3 s"):
        collect(CTX.Queue(), 1, [], timeout=0.3)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"count": -1}, ValueError),
        ({"count": 1.0}, TypeError),
        ({"count": 1, "timeout": 0}, ValueError),
        ({"count": 1, "timeout": math.inf}, ValueError),
        ({"count": 1, "timeout": "1"}, TypeError),
    ],
)
def test_collect_rejects_bad_arguments(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        collect(CTX.Queue(), children=[], **kwargs)  # type: ignore[arg-type]


def test_consume_joinable_marks_every_item_done() -> None:
    tasks = CTX.JoinableQueue()
    results = CTX.SimpleQueue()
    for item in (10, None):
        tasks.put(item)
    consume_joinable(tasks, results)
    assert wait_in_thread(tasks.join, 10)
    assert results.get() == (10, 4)
    assert results.empty()


def test_wait_in_thread_times_out() -> None:
    never = threading.Event()
    assert wait_in_thread(never.wait, 0.1) is False
    never.set()


@pytest.mark.parametrize(("wait", "timeout"), [(None, 1), (print, -1), (print, "1")])
def test_wait_in_thread_rejects_bad_arguments(wait: object, timeout: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        wait_in_thread(wait, timeout)  # type: ignore[arg-type]


def test_put_payload_puts_and_signals() -> None:
    results = CTX.Queue()
    returned = CTX.Event()
    put_payload(results, 10, returned)
    assert returned.is_set()
    assert results.get(timeout=10) == b"x" * 10


def test_put_payload_rejects_negative_size() -> None:
    with pytest.raises(ValueError, match="size must be >= 0"):
        put_payload(CTX.Queue(), -1, CTX.Event())


def test_pipe_capacity_is_positive_or_unknown() -> None:
    capacity = pipe_capacity()
    assert capacity is None or capacity >= 4096


def test_reply_upper_and_write_lines() -> None:
    here, there = CTX.Pipe()
    child = CTX.Process(target=reply_upper, args=(there,))
    child.start()
    there.close()
    here.send("abc")
    assert here.poll(30)
    assert here.recv() == "ABC"
    here.send(None)
    child.join(timeout=30)
    assert child.exitcode == 0

    reader, writer = CTX.Pipe(duplex=False)
    write_lines(writer, 2)
    assert [reader.recv(), reader.recv()] == [
        {"line": 0, "square": 0},
        {"line": 1, "square": 1},
    ]
    with pytest.raises(EOFError):
        reader.recv()


def test_write_lines_rejects_bad_count() -> None:
    _, writer = CTX.Pipe(duplex=False)
    with pytest.raises(TypeError, match="count must be an int"):
        write_lines(writer, "3")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["Queue", "SimpleQueue", "Pipe"])
def test_produce_and_receive(kind: str) -> None:
    start = CTX.Event()
    if kind == "Pipe":
        reader, channel = CTX.Pipe(duplex=False)
        get = reader.recv
    else:
        channel = CTX.Queue() if kind == "Queue" else CTX.SimpleQueue()
        get = channel.get
    start.set()
    produce(channel, 3, "hi", start)
    assert receive(get, 3, timeout=10) >= 0


def test_produce_needs_the_start_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mpguide.queues.WAIT_SECONDS", 0.05)
    with pytest.raises(TimeoutError, match="not started"):
        produce(CTX.SimpleQueue(), 1, "x", CTX.Event())


def test_receive_times_out_and_rejects_bad_arguments() -> None:
    queue = CTX.SimpleQueue()
    with pytest.raises(TimeoutError, match="did not arrive"):
        receive(queue.get, 1, timeout=0.1)
    queue.put("unblock the thread")
    with pytest.raises(TypeError, match="get must be callable"):
        receive(None, 1, timeout=1)  # type: ignore[arg-type]


def test_rate_table() -> None:
    table = rate_table({"int": {"Queue": 100.0, "Pipe": 150.0}}, "Queue")
    assert table.splitlines()[-1].split() == ["int", "Pipe", "150", "1.50x"]
    with pytest.raises(ValueError, match="no 'Queue' rate for 'int'"):
        rate_table({"int": {"Pipe": 1.0}}, "Queue")
    with pytest.raises(TypeError, match="rates must be a dict"):
        rate_table([], "Queue")  # type: ignore[arg-type]
