"""Servers and clients for the connections page: loopback only, always with a key.

Everything here refuses to listen on or connect to anything but ``127.0.0.1``
and insists on an authentication key, because a
:class:`multiprocessing.connection.Connection` unpickles what it receives:
whoever can talk to it can run code in the receiving process.
"""

from __future__ import annotations

import os
import queue
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Connection, Listener
from multiprocessing.managers import BaseManager, DictProxy
from typing import Any, Protocol

from mpguide.checks import check_int, check_seconds

__all__ = [
    "LOCALHOST",
    "WAIT_SECONDS",
    "JobClient",
    "JobServer",
    "check_authkey",
    "check_local_address",
    "connect",
    "local_address",
    "new_authkey",
    "receive",
    "serve_words",
    "work_on_jobs",
]

#: The only host this module binds to or connects to: the loopback interface.
LOCALHOST = "127.0.0.1"

#: Seconds any wait in this module may last before it gives up.
WAIT_SECONDS = 30.0

#: A key shorter than this is too easy to guess.
MIN_KEY_BYTES = 16


class _Sender(Protocol):
    def put(self, obj: Any, block: bool = True, timeout: float | None = None) -> None:
        """A queue's put: how the server hands its address to the parent."""


def new_authkey() -> bytes:
    """A fresh random authentication key: 32 bytes from :func:`os.urandom`.

    >>> key = new_authkey()
    >>> len(key), key == new_authkey()
    (32, False)
    """
    return os.urandom(32)


def check_authkey(authkey: object) -> bytes:
    """*authkey* if it is a usable key: bytes, at least 16 of them.

    >>> check_authkey(b"short")
    Traceback (most recent call last):
      ...
    ValueError: authkey must be at least 16 bytes, got 5
    """
    if not isinstance(authkey, bytes):
        raise TypeError(f"authkey must be bytes, not {type(authkey).__name__}")
    if len(authkey) < MIN_KEY_BYTES:
        raise ValueError(
            f"authkey must be at least {MIN_KEY_BYTES} bytes, got {len(authkey)}"
        )
    return authkey


def check_local_address(address: object) -> tuple[str, int]:
    """*address* as ``(host, port)`` if the host is ``127.0.0.1``, else an error.

    Port 0 is allowed: it asks the operating system for any free port.

    >>> check_local_address(("127.0.0.1", 0))
    ('127.0.0.1', 0)
    >>> check_local_address(("0.0.0.0", 5000))
    Traceback (most recent call last):
      ...
    ValueError: refusing address ('0.0.0.0', 5000): only 127.0.0.1 is allowed here
    """
    if not isinstance(address, tuple) or len(address) != 2:
        raise TypeError(f"address must be a (host, port) tuple, got {address!r}")
    host, port = address
    if not isinstance(host, str):
        raise TypeError(f"host must be a str, not {type(host).__name__}")
    port = check_int("port", port, minimum=0)
    if port > 65535:
        raise ValueError(f"port must be <= 65535, got {port}")
    if host != LOCALHOST:
        raise ValueError(
            f"refusing address {address!r}: only {LOCALHOST} is allowed here"
        )
    return host, port


def local_address(port: int = 0) -> tuple[str, int]:
    """``(127.0.0.1, port)``; the default port 0 lets the system pick a free one.

    >>> local_address()
    ('127.0.0.1', 0)
    """
    return check_local_address((LOCALHOST, port))


def receive(connection: Connection, timeout: float = WAIT_SECONDS) -> Any:
    """``connection.recv()``, but give up with :class:`TimeoutError` after *timeout*.

    ``recv()`` itself waits forever; ``poll(timeout)`` bounds the wait.
    """
    check_seconds("timeout", timeout)
    if not connection.poll(timeout):
        raise TimeoutError(f"nothing received within {timeout:g} s")
    return connection.recv()


# --- A Listener server ----------------------------------------------------------


def serve_words(authkey: bytes, address_out: _Sender, connections: int) -> None:
    """Accept *connections* clients on 127.0.0.1 and answer their messages.

    The listener binds to port 0, so the system picks a free port; the real
    address goes to the parent through *address_out*. A client that fails the
    key check is reported and skipped. For each message (a ``str``) an
    accepted client sends, the server replies with ``(message, word count)``
    until the client sends ``None``.
    """
    authkey = check_authkey(authkey)
    connections = check_int("connections", connections, minimum=1)
    with Listener(local_address(), authkey=authkey) as listener:
        host, port = check_local_address(listener.address)
        print(f"server: listening on {host}:{port}", flush=True)
        address_out.put((host, port), timeout=WAIT_SECONDS)
        for _ in range(connections):
            try:
                # accept() runs the key check; a wrong key raises here.
                connection = listener.accept()
            except (AuthenticationError, EOFError, OSError) as error:
                print(f"server: refused a client: {error!r}", flush=True)
                continue
            with connection:
                print("server: client authenticated", flush=True)
                while (message := receive(connection)) is not None:
                    if not isinstance(message, str):
                        connection.send(("not a str", -1))
                        continue
                    connection.send((message, len(message.split())))
    print("server: done", flush=True)


def connect(address: tuple[str, int], authkey: bytes) -> Connection:
    """``Client(address, authkey=authkey)`` after checking both are safe."""
    return Client(check_local_address(address), authkey=check_authkey(authkey))


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

    The callables run in the manager's own process, so they must be importable
    functions (not lambdas) under *spawn* and *forkserver*.
    """


JobServer.register("get_jobs", callable=_get_jobs)
JobServer.register("get_results", callable=_get_results, proxytype=DictProxy)


class JobClient(BaseManager):
    """The connecting side: it knows only the names the server registered."""


JobClient.register("get_jobs")
JobClient.register("get_results", proxytype=DictProxy)


def work_on_jobs(address: tuple[str, int], authkey: bytes, name: str) -> None:
    """Connect to a :class:`JobServer`, square jobs until ``None``, store results.

    Runs in a client process: it could as well run on another machine, given
    the address and the key.
    """
    manager = JobClient(
        address=check_local_address(address), authkey=check_authkey(authkey)
    )
    manager.connect()
    jobs = manager.get_jobs()  # type: ignore[attr-defined]
    results = manager.get_results()  # type: ignore[attr-defined]
    done = 0
    while (job := jobs.get(timeout=WAIT_SECONDS)) is not None:
        results[job] = job * job
        done += 1
    print(f"client {name}: squared {done} numbers", flush=True)
