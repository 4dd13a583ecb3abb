"""Workers and helpers for the queue and pipe examples.

Every function that runs in a child takes its queue, pipe end or event as an
argument (never as a global), so it works under every start method. Each one
waits with a timeout, so a lost partner turns into an exception instead of a
hang.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.queues import JoinableQueue, Queue, SimpleQueue
from multiprocessing.synchronize import Event
from typing import Any

from mpguide.checks import check_int, check_seconds
from mpguide.workers import count_primes

__all__ = [
    "CHANNELS",
    "WAIT_SECONDS",
    "ChildFailed",
    "collect",
    "consume",
    "consume_joinable",
    "pipe_capacity",
    "produce",
    "put_payload",
    "rate_table",
    "receive",
    "reply_upper",
    "wait_in_thread",
    "write_lines",
]

#: How long a child waits for its partner before giving up. Generous: only a
#: bug (or a dead partner) ever makes a wait this long.
WAIT_SECONDS = 60.0

#: The channel kinds :func:`produce` understands.
CHANNELS = ("Queue", "SimpleQueue", "Pipe")


class ChildFailed(RuntimeError):
    """A child process ended badly while its parent was waiting for results."""


# --- Producer / consumer -----------------------------------------------------


def consume(tasks: Queue[int | None], results: Queue[tuple[str, int, int]]) -> None:
    """Take limits from *tasks* until the ``None`` sentinel; report prime counts.

    Each result is ``(process name, limit, primes below limit)``. One sentinel
    stops exactly one consumer, so a parent with N consumers puts N of them.
    """
    name = multiprocessing.current_process().name
    while True:
        limit = tasks.get(timeout=WAIT_SECONDS)
        if limit is None:
            return
        results.put((name, limit, count_primes(limit)))


def collect(
    results: Queue[Any],
    count: int,
    children: Sequence[BaseProcess],
    *,
    timeout: float = WAIT_SECONDS,
) -> list[Any]:
    """Get *count* items from *results* while watching the *children*.

    A plain ``results.get()`` would wait forever if a child crashed before
    sending its share. This waits in short slices and, between them, checks
    whether a child has died with a non-zero exit code; it raises
    :class:`ChildFailed` if one has, and :class:`TimeoutError` once *timeout*
    seconds have passed without all the items.
    """
    count = check_int("count", count)
    timeout = check_seconds("timeout", timeout)
    deadline = time.monotonic() + timeout
    items: list[Any] = []
    while len(items) < count:
        try:
            items.append(results.get(timeout=0.2))
            continue
        except queue.Empty:
            pass
        failed = [c for c in children if c.exitcode not in (None, 0)]
        if failed:
            names = ", ".join(f"{c.name} (exit code {c.exitcode})" for c in failed)
            raise ChildFailed(f"got {len(items)} of {count} items; failed: {names}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"got {len(items)} of {count} items in {timeout:g} s")
    return items


def consume_joinable(
    tasks: JoinableQueue[int | None], results: SimpleQueue[tuple[int, int]]
) -> None:
    """Like :func:`consume`, but mark every task done on a ``JoinableQueue``.

    ``task_done()`` is called once per ``get()``, the sentinel included, and
    after the result is sent, so ``tasks.join()`` in the parent returns only
    when all the work has really been finished.
    """
    while True:
        limit = tasks.get(timeout=WAIT_SECONDS)
        try:
            if limit is None:
                return
            results.put((limit, count_primes(limit)))
        finally:
            tasks.task_done()


def wait_in_thread(wait: Callable[[], object], timeout: float) -> bool:
    """Run a blocking *wait* that takes no timeout; give up after *timeout* s.

    ``JoinableQueue.join()`` has no timeout argument. Calling it in a daemon
    thread and joining that thread with a timeout bounds the wait; True means
    *wait* returned in time. On False the thread is left blocked, which is
    harmless for a daemon thread in a program that is about to report an error.

    >>> wait_in_thread(lambda: None, 1)
    True
    """
    if not callable(wait):
        raise TypeError(f"wait must be callable, not {type(wait).__name__}")
    timeout = check_seconds("timeout", timeout)
    thread = threading.Thread(target=wait, name="bounded-wait", daemon=True)
    thread.start()
    thread.join(timeout)
    return not thread.is_alive()


# --- The join-before-get deadlock --------------------------------------------


def put_payload(results: Queue[bytes], size: int, returned: Event) -> None:
    """Put *size* bytes on *results*, then set *returned* and return.

    ``put()`` only hands the object to the queue's feeder thread, so the
    function returns at once. The process, however, cannot exit until that
    thread has written everything into the pipe, which needs a reader when the
    payload is bigger than the pipe's buffer.
    """
    size = check_int("size", size)
    results.put(b"x" * size)
    returned.set()


def pipe_capacity() -> int | None:
    """How many bytes a new OS pipe buffers here, or None if we cannot tell.

    Linux reports it through ``fcntl.F_GETPIPE_SZ`` (in :mod:`fcntl` since
    Python 3.10); other platforms have no portable way to ask.
    """
    try:
        import fcntl  # noqa: PLC0415 (POSIX only)
    except ImportError:  # Windows
        return None
    getter = getattr(fcntl, "F_GETPIPE_SZ", None)
    if getter is None:
        return None
    read_end, write_end = os.pipe()
    try:
        return int(fcntl.fcntl(write_end, getter))
    finally:
        os.close(read_end)
        os.close(write_end)


# --- Pipes -------------------------------------------------------------------


def reply_upper(conn: Connection) -> None:
    """Answer each string received on *conn* with its upper-case version.

    Stops at the ``None`` sentinel, then closes its end. A duplex pipe lets
    the same connection object receive and send.
    """
    with conn:
        while conn.poll(WAIT_SECONDS):
            message = conn.recv()
            if message is None:
                return
            if not isinstance(message, str):
                raise TypeError(f"expected a str, got {type(message).__name__}")
            conn.send(message.upper())
        raise TimeoutError(f"no message for {WAIT_SECONDS:g} s")


def write_lines(conn: Connection, count: int) -> None:
    """Send *count* small dicts on *conn*, then close it.

    Closing is the end-of-data signal: once every copy of the writing end is
    closed, the reader's ``recv()`` raises ``EOFError`` instead of blocking.
    """
    count = check_int("count", count)
    with conn:
        for number in range(count):
            conn.send({"line": number, "square": number * number})


# --- Throughput --------------------------------------------------------------


def produce(
    channel: Queue[Any] | SimpleQueue[Any] | Connection,
    count: int,
    payload: object,
    start: Event,
) -> None:
    """Wait for *start*, then send *payload* *count* times on *channel*.

    *channel* is a ``Queue``, a ``SimpleQueue`` (both have ``put``) or a pipe
    ``Connection`` (``send``). Waiting for *start* keeps the child's start-up
    time out of the measurement.
    """
    count = check_int("count", count)
    if not start.wait(WAIT_SECONDS):
        raise TimeoutError(f"not started within {WAIT_SECONDS:g} s")
    send = channel.send if isinstance(channel, Connection) else channel.put
    for _ in range(count):
        send(payload)
    if isinstance(channel, Connection):
        channel.close()


def receive(get: Callable[[], object], count: int, timeout: float) -> float:
    """Call *get* *count* times; return the seconds it took.

    The loop runs in a daemon thread joined with *timeout* (see
    :func:`wait_in_thread`), because ``SimpleQueue.get()`` and
    ``Connection.recv()`` take no timeout of their own. Raises
    :class:`TimeoutError` if the items do not all arrive in time.
    """
    if not callable(get):
        raise TypeError(f"get must be callable, not {type(get).__name__}")
    count = check_int("count", count)
    elapsed: list[float] = []

    def loop() -> None:
        begin = time.perf_counter()
        for _ in range(count):
            get()
        elapsed.append(time.perf_counter() - begin)

    if not wait_in_thread(loop, timeout) or not elapsed:
        raise TimeoutError(f"{count} items did not arrive within {timeout:g} s")
    return elapsed[0]


def rate_table(rates: dict[str, dict[str, float]], baseline: str) -> str:
    """Format messages per second as a table, with ratios to *baseline*.

    *rates* maps a message size label to ``{channel: messages per second}``.

    >>> print(rate_table({"int": {"Queue": 1000.0, "Pipe": 2500.0}}, "Queue"))
    message   channel         msgs/s   vs Queue
    int       Queue            1,000      1.00x
    int       Pipe             2,500      2.50x
    """
    if not isinstance(rates, dict):
        raise TypeError(f"rates must be a dict, not {type(rates).__name__}")
    versus = f"vs {baseline}"
    lines = [f"{'message':<8}  {'channel':<11}  {'msgs/s':>9}  {versus:>9}"]
    for size, by_channel in rates.items():
        if baseline not in by_channel:
            raise ValueError(f"no {baseline!r} rate for {size!r}")
        base = by_channel[baseline]
        for channel, rate in by_channel.items():
            lines.append(
                f"{size:<8}  {channel:<11}  {rate:>9,.0f}  {rate / base:>8.2f}x"
            )
    return "\n".join(lines)
