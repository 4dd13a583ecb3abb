from __future__ import annotations

import multiprocessing
import re
import threading
from multiprocessing.connection import Listener

import pytest

from mpguide.remote import (
    LOCALHOST,
    JobServer,
    check_authkey,
    check_local_address,
    connect,
    local_address,
    new_authkey,
    receive,
    serve_words,
    work_on_jobs,
)


def test_new_authkey_is_random_and_long() -> None:
    keys = {new_authkey() for _ in range(5)}
    assert len(keys) == 5
    assert all(len(key) == 32 for key in keys)


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        ("text key here!!!!", TypeError, "authkey must be bytes, not str"),
        (None, TypeError, "authkey must be bytes, not NoneType"),
        (b"", ValueError, "at least 16 bytes, got 0"),
        (b"x" * 15, ValueError, "at least 16 bytes, got 15"),
    ],
)
def test_check_authkey_rejects(
    bad: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        check_authkey(bad)


def test_check_authkey_accepts() -> None:
    assert check_authkey(b"k" * 16) == b"k" * 16


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "", "localhost", "::1", "192.168.1.2", "127.0.0.2"]
)
def test_only_loopback_address_allowed(host: str) -> None:
    with pytest.raises(ValueError, match=r"only 127\.0\.0\.1 is allowed"):
        check_local_address((host, 5000))


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("127.0.0.1:80", TypeError),
        (("127.0.0.1",), TypeError),
        ((b"127.0.0.1", 80), TypeError),
        (("127.0.0.1", "80"), TypeError),
        (("127.0.0.1", -1), ValueError),
        (("127.0.0.1", 65536), ValueError),
    ],
)
def test_check_local_address_shape(bad: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        check_local_address(bad)


def test_local_address() -> None:
    assert local_address() == (LOCALHOST, 0)
    assert local_address(8080) == (LOCALHOST, 8080)


def test_connect_refuses_before_touching_the_network() -> None:
    with pytest.raises(ValueError, match=r"only 127\.0\.0\.1"):
        connect(("0.0.0.0", 1), new_authkey())
    with pytest.raises(ValueError, match="at least 16 bytes"):
        connect((LOCALHOST, 1), b"short")


def test_receive_times_out() -> None:
    left, right = multiprocessing.Pipe()
    with left, right, pytest.raises(TimeoutError, match=r"within 0\.05 s"):
        receive(left, timeout=0.05)


def test_receive_rejects_bad_timeout() -> None:
    left, right = multiprocessing.Pipe()
    with left, right, pytest.raises(ValueError, match="timeout"):
        receive(left, timeout=0)


class _Box:
    def __init__(self) -> None:
        self.items: list[object] = []
        self.ready = threading.Event()

    def put(
        self, obj: object, block: bool = True, timeout: float | None = None
    ) -> None:
        self.items.append(obj)
        self.ready.set()


def test_serve_words_in_a_thread(capsys: pytest.CaptureFixture[str]) -> None:
    key = new_authkey()
    box = _Box()
    server = threading.Thread(target=serve_words, args=(key, box, 2))
    server.start()
    assert box.ready.wait(10)
    (address,) = box.items
    assert isinstance(address, tuple)
    assert address[0] == LOCALHOST
    assert address[1] > 0
    with pytest.raises(multiprocessing.AuthenticationError):
        connect(address, new_authkey())
    with connect(address, key) as connection:
        connection.send("one two three")
        assert receive(connection) == ("one two three", 3)
        connection.send(42)
        assert receive(connection) == ("not a str", -1)
        connection.send(None)
    server.join(10)
    assert not server.is_alive()
    out = capsys.readouterr().out
    assert re.search(r"^server: listening on 127\.0\.0\.1:\d+$", out, re.MULTILINE), out
    assert "server: refused a client: AuthenticationError" in out


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((b"short", None, 1), ValueError),
        (("key", None, 1), TypeError),
        ((b"k" * 16, None, 0), ValueError),
    ],
)
def test_serve_words_checks_arguments(args: tuple[object, ...], error: type) -> None:
    with pytest.raises(error):
        serve_words(*args)  # type: ignore[arg-type]


def test_listener_without_port_gets_a_real_one() -> None:
    with Listener(local_address(), authkey=new_authkey()) as listener:
        assert check_local_address(listener.address)[1] > 0


def test_job_server_and_client(capsys: pytest.CaptureFixture[str]) -> None:
    key = new_authkey()
    ctx = multiprocessing.get_context("spawn")
    with JobServer(address=local_address(), authkey=key, ctx=ctx) as server:
        address = check_local_address(server.address)
        jobs = server.get_jobs()  # type: ignore[attr-defined]
        for number in (2, 3):
            jobs.put(number)
        jobs.put(None)
        work_on_jobs(address, key, "t")  # in this process: it is just a client
        assert dict(server.get_results()) == {2: 4, 3: 9}  # type: ignore[attr-defined]
        with pytest.raises(multiprocessing.AuthenticationError):
            work_on_jobs(address, new_authkey(), "intruder")
    assert "client t: squared 2 numbers" in capsys.readouterr().out


def test_work_on_jobs_refuses_non_local_address() -> None:
    with pytest.raises(ValueError, match=r"only 127\.0\.0\.1"):
        work_on_jobs(("10.0.0.1", 5000), new_authkey(), "x")
