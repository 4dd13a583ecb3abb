from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from mpguide.gil import hash_zeros


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
