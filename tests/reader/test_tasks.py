"""mpguide.tasks: what each task returns, in this process and in a pool."""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import time
import zlib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from mpguide import tasks
from mpguide.tasks import (
    checksum,
    count_primes,
    echo,
    hash_zeros,
    power,
    shout,
    square,
    square_batch,
    square_in_group,
    wait_for_io,
)


@pytest.mark.parametrize(
    ("limit", "expected"), [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25), (10_000, 1229)]
)
def test_count_primes(limit: int, expected: int) -> None:
    assert count_primes(limit) == expected


@pytest.mark.parametrize("megabytes", [0, 1, 3])
def test_hash_zeros_matches_hashing_all_at_once(megabytes: int) -> None:
    expected = hashlib.sha256(bytes(megabytes * 2**20)).hexdigest()
    assert hash_zeros(megabytes) == expected


def test_hash_zeros_gives_the_same_answer_on_threads_and_processes() -> None:
    sizes = [1, 2, 1]
    expected = [hash_zeros(size) for size in sizes]
    with ThreadPoolExecutor(2) as threads:
        assert list(threads.map(hash_zeros, sizes, timeout=60)) == expected
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=ctx) as processes:
        assert list(processes.map(hash_zeros, sizes, timeout=60)) == expected


def test_wait_for_io_waits_and_returns() -> None:
    start = time.perf_counter()
    assert wait_for_io(0.05) == 0.05
    assert time.perf_counter() - start >= 0.05


@pytest.mark.parametrize(("x", "expected"), [(0, 0), (3, 9), (10, 100), (-4, 16)])
def test_square(x: int, expected: int) -> None:
    assert square(x) == expected


def test_power() -> None:
    assert power(2, 10) == 1024
    assert power(-3, 3) == -27
    assert power(10, 0) == 1


def test_square_batch_squares_in_order() -> None:
    assert square_batch([3, -2, 0, 5]) == [9, 4, 0, 25]
    assert square_batch([]) == []


def test_square_in_group() -> None:
    assert square_in_group("b", 4) == ("b", 16)


def test_shout() -> None:
    assert shout("pool") == "POOL!"


def test_echo_returns_its_argument() -> None:
    data = bytes(range(256))
    assert echo(data) is data


def test_checksum_is_adler32() -> None:
    data = b"multiprocessing" * 1000
    assert checksum(data) == zlib.adler32(data)


@pytest.mark.parametrize("name", tasks.__all__)
def test_tasks_pickle_by_reference(name: str) -> None:
    # Pool workers receive them by name: they must be importable functions.
    func = getattr(tasks, name)
    assert pickle.loads(pickle.dumps(func)) is func


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_tasks_run_in_a_pool_under_each_start_method(method: str) -> None:
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(2) as pool:
        assert pool.map(count_primes, [10, 100], chunksize=1) == [4, 25]
        assert pool.apply_async(square, (10,)).get(timeout=60) == 100
        assert pool.starmap(power, [(2, 3), (3, 2)]) == [8, 9]
        pool.close()
        pool.join()
