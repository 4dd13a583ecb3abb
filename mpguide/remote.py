"""Workers that talk over a socket: a Listener server and remote manager clients.

They only ever talk to ``127.0.0.1`` and always with an authentication key,
because a :class:`~multiprocessing.connection.Connection` unpickles what it
receives: whoever can talk to it can run code in the receiving process.
"""

from __future__ import annotations

import multiprocessing
import queue
from multiprocessing.connection import Listener
from multiprocessing.managers import BaseManager, DictProxy

#: How long a worker waits for its partner before giving up.
WAIT_SECONDS = 30


def serve_words(
    authkey: bytes, address_out: multiprocessing.Queue[object], connections: int
) -> None:
    """Accept *connections* clients on 127.0.0.1 and count the words they send.

    The listener asks for port 0, so the system picks a free port; the real
    address goes to the parent through *address_out*. A client that fails the
    key check is reported and skipped. An accepted client gets
    ``(message, word count)`` for each string it sends, until it sends ``None``.
    """
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        host, port = listener.address
        print(f"server: listening on {host}:{port}", flush=True)
        address_out.put((host, port))
        for _ in range(connections):
            try:
                connection = listener.accept()  # checks the client's key
            except (multiprocessing.AuthenticationError, EOFError, OSError) as error:
                print(f"server: refused a client: {error!r}", flush=True)
                continue
            with connection:
                print("server: client authenticated", flush=True)
                while connection.poll(WAIT_SECONDS):  # recv() has no timeout
                    message = connection.recv()
                    if message is None:
                        break
                    connection.send((message, len(message.split())))
    print("server: done", flush=True)


# --- A remote manager -------------------------------------------------------------

# These live in the manager's server process, created when it first asks.
_jobs: queue.Queue[int | None] = queue.Queue()
_results: dict[int, int] = {}


def _get_jobs() -> queue.Queue[int | None]:
    return _jobs


def _get_results() -> dict[int, int]:
    return _results


class JobServer(BaseManager):
    """The serving side: it owns a job queue and a results dict.

    The registered callables run in the manager's own process, so they must be
    importable functions (not lambdas) under *spawn* and *forkserver*.
    """


JobServer.register("get_jobs", callable=_get_jobs)
JobServer.register("get_results", callable=_get_results, proxytype=DictProxy)


class JobClient(BaseManager):
    """The connecting side: it knows only the names the server registered."""


JobClient.register("get_jobs")
JobClient.register("get_results", proxytype=DictProxy)


def work_on_jobs(address: tuple[str, int], authkey: bytes, name: str) -> None:
    """Connect to a :class:`JobServer`, square jobs until ``None``, store results.

    This runs in a client process that knows only the address and the key: it
    could as well run on another machine.
    """
    manager = JobClient(address=address, authkey=authkey)
    manager.connect()
    jobs = manager.get_jobs()  # type: ignore[attr-defined]
    results = manager.get_results()  # type: ignore[attr-defined]
    done = 0
    while (job := jobs.get(timeout=WAIT_SECONDS)) is not None:
        results[job] = job * job
        done += 1
    print(f"client {name}: squared {done} numbers", flush=True)
