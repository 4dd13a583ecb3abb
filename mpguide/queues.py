"""Workers for the queue and pipe examples: what the child processes run.

Each worker takes its queue, pipe end or event as an argument (never as a
global), so it works under every start method. A worker that waits for its
partner does so with a timeout, so a lost partner turns into an exception
instead of a hang.
"""

from __future__ import annotations

import math
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event

#: How long a worker waits for its partner before giving up. Generous: only a
#: bug (or a dead partner) ever makes a wait this long.
WAIT_SECONDS = 60


def primes_below(limit: int) -> int:
    """Count the primes below *limit* by trial division: a small CPU-bound task.

    >>> primes_below(10)
    4
    """
    return sum(all(n % d for d in range(2, math.isqrt(n) + 1)) for n in range(2, limit))


def consume(
    tasks: multiprocessing.Queue[int | None],
    results: multiprocessing.Queue[tuple[str, int, int]],
) -> None:
    """Take limits from *tasks* until a ``None``; put ``(name, limit, primes)``.

    One ``None`` (the sentinel) stops exactly one consumer, so a parent with N
    consumers puts N of them after the tasks.
    """
    name = multiprocessing.current_process().name
    while (limit := tasks.get(timeout=WAIT_SECONDS)) is not None:
        results.put((name, limit, primes_below(limit)))


def consume_joinable(
    tasks: multiprocessing.JoinableQueue[int | None],
    results: multiprocessing.SimpleQueue[tuple[int, int]],
) -> None:
    """Like :func:`consume`, but mark every task done on a ``JoinableQueue``.

    ``task_done()`` is called once per ``get()``, the sentinel included, and
    only after the result is sent, so ``tasks.join()`` in the parent returns
    when all the work has really been finished.
    """
    while True:
        limit = tasks.get(timeout=WAIT_SECONDS)
        try:
            if limit is None:
                return
            results.put((limit, primes_below(limit)))
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
