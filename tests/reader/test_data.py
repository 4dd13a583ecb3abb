"""mpguide.data: shared arrays, table chunks, file ranges and file results."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from multiprocessing import shared_memory
from pathlib import Path

import numpy as np
import pandas as pd

from mpguide.data import (
    attach_block,
    block_to_file,
    count_words,
    make_block,
    matmul_task,
    part_sum,
    part_sum_shared,
    summarize,
)


def test_part_sum_of_an_array() -> None:
    array = np.arange(100)
    assert sum(part_sum(array, part, parts=8) for part in range(8)) == array.sum()


def test_part_sum_shared_reads_the_attached_block() -> None:
    array = np.arange(1000, dtype="int64")
    block = shared_memory.SharedMemory(create=True, size=array.nbytes)
    try:
        np.ndarray(array.shape, dtype="int64", buffer=block.buf)[:] = array
        ctx = multiprocessing.get_context("spawn")
        initargs = (block.name, array.shape, "int64")
        with ctx.Pool(2, initializer=attach_block, initargs=initargs) as pool:
            parts = pool.starmap_async(part_sum_shared, [(p, 4) for p in range(4)])
            assert sum(parts.get(timeout=120)) == array.sum()
            pool.close()
            pool.join()
    finally:
        block.close()
        block.unlink()


def test_matmul_task_is_repeatable() -> None:
    assert matmul_task(8, products=2) == matmul_task(8, products=1)


def test_summaries_of_chunks_add_up_to_the_whole() -> None:
    table = pd.DataFrame({"key": [1, 2, 1, 3, 2, 1], "value": [1, 2, 3, 4, 5, 6]})
    parts = [summarize(table.iloc[:3]), summarize(table.iloc[3:])]
    combined = pd.concat(parts).groupby(level=0).sum()
    assert combined.to_dict() == summarize(table).to_dict()


def test_count_words_reads_only_its_range(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("a b\nc a\n", encoding="utf-8")
    assert count_words(path, 0, 4) == Counter({"a": 1, "b": 1})
    assert count_words(path, 4, 8) == Counter({"a": 1, "c": 1})
    assert count_words(path, 0, 0) == Counter()


def test_count_words_in_a_pool(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("x y\n" * 50, encoding="utf-8")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        parts = pool.starmap_async(count_words, [(path, 0, 100), (path, 100, 200)])
        assert sum(parts.get(timeout=60), Counter()) == Counter({"x": 50, "y": 50})


def test_make_block() -> None:
    assert make_block(1, 1000) == make_block(1, 1000)
    assert make_block(1, 1000) != make_block(2, 1000)
    assert make_block(5, 0) == b""


def test_block_to_file_round_trip(tmp_path: Path) -> None:
    name = block_to_file(4, 5000, tmp_path)
    assert Path(name).parent == tmp_path
    assert Path(name).read_bytes() == make_block(4, 5000)
