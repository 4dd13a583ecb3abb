from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from pathlib import Path

import pytest

from mpguide.recipes import (
    block_to_file,
    count_words,
    line_aligned_ranges,
    make_block,
    primes_below,
    sha256_of_file,
    shout,
    write_sample_text,
)


def test_write_sample_text_is_reproducible(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert write_sample_text(a, 100, seed=3) == write_sample_text(b, 100, seed=3)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_text(encoding="utf-8").count("\n") == 100


def test_write_sample_text_empty(tmp_path: Path) -> None:
    assert write_sample_text(tmp_path / "e.txt", 0) == 0


@pytest.mark.parametrize("parts", [1, 2, 3, 7, 50, 1000])
def test_ranges_cover_file_on_line_boundaries(tmp_path: Path, parts: int) -> None:
    path = tmp_path / "s.txt"
    size = write_sample_text(path, 300, seed=1)
    data = path.read_bytes()
    ranges = line_aligned_ranges(path, parts)
    assert 1 <= len(ranges) <= parts
    assert ranges[0][0] == 0
    assert ranges[-1][1] == size
    for (_, end), (start, _) in itertools.pairwise(ranges):
        assert end == start
        assert data[start - 1 : start] == b"\n"
    total = sum((count_words(path, s, e) for s, e in ranges), Counter())
    assert total == Counter(data.decode().split())


def test_range_boundary_exactly_on_line_start(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"aaa\nbbb\n")  # the middle, byte 4, starts a line
    assert line_aligned_ranges(path, 2) == [(0, 4), (4, 8)]


def test_ranges_of_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert line_aligned_ranges(path, 4) == []


def test_ranges_single_long_line(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_bytes(b"word " * 100)  # no newline at all
    assert line_aligned_ranges(path, 4) == [(0, 500)]


@pytest.mark.parametrize(
    ("args", "error"),
    [((None, 2), TypeError), (("f", 0), ValueError), (("f", 1.5), TypeError)],
)
def test_ranges_check_arguments(args: tuple[object, object], error: type) -> None:
    with pytest.raises(error):
        line_aligned_ranges(*args)  # type: ignore[arg-type]


def test_count_words_checks_range(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_text("a b\nc\n", encoding="utf-8")
    assert count_words(path, 0, 4) == Counter({"a": 1, "b": 1})
    with pytest.raises(ValueError, match="end must be >= start"):
        count_words(path, 3, 1)
    with pytest.raises(ValueError, match="start must be >= 0"):
        count_words(path, -1, 1)


def test_primes_below() -> None:
    assert primes_below(100) == (100, 25)
    with pytest.raises(TypeError):
        primes_below("100")  # type: ignore[arg-type]


def test_shout() -> None:
    assert shout("pool") == "POOL!"
    with pytest.raises(TypeError, match="word must be a str"):
        shout(3)  # type: ignore[arg-type]


def test_make_block() -> None:
    assert make_block(1, 1000) == make_block(1, 1000)
    assert make_block(1, 1000) != make_block(2, 1000)
    assert make_block(5, 0) == b""
    with pytest.raises(ValueError, match="size must be >= 0"):
        make_block(1, -1)


def test_block_to_file_round_trip(tmp_path: Path) -> None:
    name = block_to_file(4, 5000, tmp_path)
    assert Path(name).parent == tmp_path
    assert Path(name).read_bytes() == make_block(4, 5000)
    assert sha256_of_file(name) == hashlib.sha256(make_block(4, 5000)).hexdigest()


def test_block_to_file_needs_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="existing directory"):
        block_to_file(1, 10, tmp_path / "missing")
    with pytest.raises(TypeError, match="folder must be a str or path"):
        block_to_file(1, 10, 3)  # type: ignore[arg-type]
