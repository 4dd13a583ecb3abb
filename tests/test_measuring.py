"""Tests for mpguide.measuring: the workers of the measuring page."""

import pickle
import zlib

from mpguide.measuring import checksum, echo


def test_echo_returns_its_argument() -> None:
    data = bytes(range(256))
    assert echo(data) is data


def test_checksum_is_adler32() -> None:
    data = b"multiprocessing" * 1000
    assert checksum(data) == zlib.adler32(data)


def test_workers_pickle_by_reference() -> None:
    # Pool workers receive them by name: they must be importable functions.
    for func in (echo, checksum):
        assert pickle.loads(pickle.dumps(func)) is func
