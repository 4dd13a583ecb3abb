"""The queue and pipe workers, run in this process and in spawned children."""

from __future__ import annotations

import multiprocessing

import pytest

from mpguide.queues import (
    consume,
    consume_joinable,
    produce,
    put_payload,
    put_result,
    reply_upper,
    write_lines,
)
from mpguide.tasks import count_primes

CTX = multiprocessing.get_context("spawn")


def test_consume_stops_at_sentinel_in_this_process() -> None:
    tasks = CTX.Queue()
    results = CTX.Queue()
    for item in (10, 100, None):
        tasks.put(item)
    consume(tasks, results, count_primes)
    got = [results.get(timeout=10), results.get(timeout=10)]
    name = multiprocessing.current_process().name
    assert got == [(name, 10, 4), (name, 100, 25)]


def test_consume_in_a_child() -> None:
    tasks = CTX.Queue()
    results = CTX.Queue()
    child = CTX.Process(target=consume, args=(tasks, results, count_primes), name="c")
    child.start()
    for item in (10, 20, None):
        tasks.put(item)
    got = [results.get(timeout=60), results.get(timeout=60)]
    child.join(timeout=60)
    assert sorted(got) == [("c", 10, 4), ("c", 20, 8)]
    assert child.exitcode == 0


def test_consume_joinable_marks_every_item_done() -> None:
    tasks = CTX.JoinableQueue()
    results = CTX.SimpleQueue()
    for item in (10, None):
        tasks.put(item)
    consume_joinable(tasks, results, count_primes)
    tasks.join()  # both items were marked done, or this would hang
    assert results.get() == (10, 4)
    assert results.empty()


def test_put_payload_puts_and_signals() -> None:
    results = CTX.Queue()
    returned = CTX.Event()
    put_payload(results, 10, returned)
    assert returned.is_set()
    assert results.get(timeout=10) == b"x" * 10


def test_reply_upper_in_a_child() -> None:
    here, there = CTX.Pipe()
    child = CTX.Process(target=reply_upper, args=(there,))
    child.start()
    there.close()
    here.send("abc")
    assert here.poll(60)
    assert here.recv() == "ABC"
    here.send(None)
    child.join(timeout=60)
    assert child.exitcode == 0


def test_write_lines_closes_the_pipe() -> None:
    reader, writer = CTX.Pipe(duplex=False)
    write_lines(writer, 2)
    assert [reader.recv(), reader.recv()] == [
        {"line": 0, "square": 0},
        {"line": 1, "square": 1},
    ]
    with pytest.raises(EOFError):
        reader.recv()


@pytest.mark.parametrize("kind", ["Queue", "SimpleQueue", "Pipe"])
def test_produce_sends_count_items(kind: str) -> None:
    if kind == "Pipe":
        reader, sender = CTX.Pipe(duplex=False)
        produce(sender, 3, "hi")
        assert [reader.recv() for _ in range(3)] == ["hi"] * 3
        with pytest.raises(EOFError):  # produce() closed the sending end
            reader.recv()
    else:
        channel = CTX.Queue() if kind == "Queue" else CTX.SimpleQueue()
        produce(channel, 3, "hi")
        assert [channel.get() for _ in range(3)] == ["hi"] * 3


def test_put_result_sends_the_return_value() -> None:
    results = CTX.Queue()
    child = CTX.Process(target=put_result, args=(results, count_primes, 100))
    child.start()
    assert results.get(timeout=60) == 25
    child.join(timeout=60)
    assert child.exitcode == 0
