"""Workers that talk through queues and pipes: consumers, producers, replies.

Each worker takes its queue, pipe end or event as an argument (never as a
global), so it works under every start method. A worker that waits for its
partner does so with a timeout, so a lost partner turns into an exception
instead of a hang.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from typing import Any

__all__ = [
    "WAIT_SECONDS",
    "consume",
    "consume_joinable",
    "produce",
    "put_payload",
    "put_result",
    "reply_upper",
    "write_lines",
]

#: How long a worker waits for its partner before giving up. Generous: only a
#: bug (or a dead partner) ever makes a wait this long.
WAIT_SECONDS = 60


def consume(
    tasks: multiprocessing.Queue[int | None],
    results: multiprocessing.Queue[tuple[str, int, int]],
    work: Callable[[int], int],
) -> None:
    """Take inputs from *tasks* until a ``None``; put ``(name, input, work(input))``.

    One ``None`` (the sentinel) stops exactly one consumer, so a parent with N
    consumers puts N of them after the tasks. *work* travels to the child by
    reference, like a pool's task: an importable function.
    """
    name = multiprocessing.current_process().name
    while (item := tasks.get(timeout=WAIT_SECONDS)) is not None:
        results.put((name, item, work(item)))


def consume_joinable(
    tasks: multiprocessing.JoinableQueue[int | None],
    results: multiprocessing.SimpleQueue[tuple[int, int]],
    work: Callable[[int], int],
) -> None:
    """Like :func:`consume`, but mark every task done on a ``JoinableQueue``.

    ``task_done()`` is called once per ``get()``, the sentinel included, and
    only after the result is sent, so ``tasks.join()`` in the parent returns
    when all the work has really been finished.
    """
    while True:
        item = tasks.get(timeout=WAIT_SECONDS)
        try:
            if item is None:
                return
            results.put((item, work(item)))
        finally:
            tasks.task_done()


def put_payload(
    results: multiprocessing.Queue[bytes], size: int, returned: Event
) -> None:
    """Put *size* bytes on *results*, then set *returned* and return.

    ``put()`` only hands the bytes to the queue's feeder thread, so this
    returns at once; the process, however, cannot exit until that thread has
    written everything into the pipe, which needs a reader when the payload is
    bigger than the pipe's buffer.
    """
    results.put(b"x" * size)
    returned.set()


def reply_upper(conn: Connection) -> None:
    """Answer each string received on *conn* with its upper-case version.

    Stops at the ``None`` sentinel and closes its end: on a duplex pipe the
    same connection both receives and sends.
    """
    with conn:
        while conn.poll(WAIT_SECONDS):
            message = conn.recv()
            if message is None:
                return
            conn.send(message.upper())
        raise TimeoutError(f"no message for {WAIT_SECONDS} s")


def write_lines(conn: Connection, count: int) -> None:
    """Send *count* small dicts on *conn*, then close it.

    Closing is the end-of-data signal: once every copy of the sending end is
    closed, the reader's ``recv()`` raises ``EOFError`` instead of waiting.
    """
    with conn:
        for number in range(count):
            conn.send({"line": number, "square": number * number})


def produce(
    channel: multiprocessing.Queue[object]
    | multiprocessing.SimpleQueue[object]
    | Connection,
    count: int,
    payload: object,
) -> None:
    """Send *payload* *count* times on *channel*, as fast as it will take them.

    *channel* is a ``Queue`` or a ``SimpleQueue`` (they have ``put``) or the
    sending end of a pipe (``send``; closed at the end, to signal the end).
    """
    send = channel.send if isinstance(channel, Connection) else channel.put
    for _ in range(count):
        send(payload)
    if isinstance(channel, Connection):
        channel.close()


def put_result(
    queue: multiprocessing.Queue[Any], function: Callable[..., Any], *args: Any
) -> None:
    """Call ``function(*args)`` and put what it returns on *queue*.

    A :class:`multiprocessing.Process` ignores its target's return value;
    this wrapper sends it to the parent instead.
    """
    queue.put(function(*args))
