"""The connection workers: a Listener server and a manager client, on 127.0.0.1."""

from __future__ import annotations

import multiprocessing
import os
import queue
import re
import threading
from multiprocessing.connection import Client

import pytest

from mpguide.remote import JobServer, serve_words, work_on_jobs


def test_serve_words_in_a_thread(capsys: pytest.CaptureFixture[str]) -> None:
    key = os.urandom(32)
    address_box: queue.Queue[tuple[str, int]] = queue.Queue()
    server = threading.Thread(target=serve_words, args=(key, address_box, 2))
    server.start()
    address = address_box.get(timeout=10)
    assert address[0] == "127.0.0.1"
    assert address[1] > 0
    with pytest.raises(multiprocessing.AuthenticationError):
        Client(address, authkey=os.urandom(32))
    with Client(address, authkey=key) as connection:
        connection.send("one two three")
        assert connection.poll(10)
        assert connection.recv() == ("one two three", 3)
        connection.send(None)
    server.join(10)
    assert not server.is_alive()
    out = capsys.readouterr().out
    assert re.search(r"^server: listening on 127\.0\.0\.1:\d+$", out, re.MULTILINE), out
    assert "server: refused a client: AuthenticationError" in out
    assert out.endswith("server: client authenticated\nserver: done\n"), out


def test_job_server_and_client(capsys: pytest.CaptureFixture[str]) -> None:
    key = os.urandom(32)
    ctx = multiprocessing.get_context("spawn")
    with JobServer(address=("127.0.0.1", 0), authkey=key, ctx=ctx) as server:
        jobs = server.get_jobs()  # type: ignore[attr-defined]
        for number in (2, 3, None):
            jobs.put(number)
        work_on_jobs(server.address, key, "t")  # in this process: just a client
        assert dict(server.get_results()) == {2: 4, 3: 9}  # type: ignore[attr-defined]
        with pytest.raises(multiprocessing.AuthenticationError):
            work_on_jobs(server.address, os.urandom(32), "intruder")
    assert "client t: squared 2 numbers" in capsys.readouterr().out
