from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

from mpguide.recipes import block_to_file, count_words, make_block, primes_below, shout


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


def test_primes_below() -> None:
    assert primes_below(100) == (100, 25)
    assert primes_below(0) == (0, 0)
    assert primes_below(3) == (3, 1)


def test_shout() -> None:
    assert shout("pool") == "POOL!"


def test_make_block() -> None:
    assert make_block(1, 1000) == make_block(1, 1000)
    assert make_block(1, 1000) != make_block(2, 1000)
    assert make_block(5, 0) == b""


def test_block_to_file_round_trip(tmp_path: Path) -> None:
    name = block_to_file(4, 5000, tmp_path)
    assert Path(name).parent == tmp_path
    assert Path(name).read_bytes() == make_block(4, 5000)
