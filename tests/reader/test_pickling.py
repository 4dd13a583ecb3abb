from __future__ import annotations

import functools
import pickle
import threading
import zlib
from collections.abc import Callable
from multiprocessing import shared_memory
from pathlib import Path
from typing import Any

import pytest

from mpguide.pickling import (
    Greeter,
    NeedsTwo,
    TwoArgs,
    call_pickled,
    checksum,
    checksum_file,
    checksum_shared,
    fail_with,
    make_lock,
    scale,
    scale_kw,
)


def test_scale_and_its_keyword_wrapper_agree() -> None:
    assert scale(2, 3, offset=1) == scale_kw({"x": 2, "factor": 3, "offset": 1}) == 7


@pytest.mark.parametrize(
    ("func", "arg"),
    [
        (scale, 2),
        (functools.partial(scale, factor=3), 2),
        (Greeter("Hi").greet, "Ada"),
        (Greeter("Hi"), "Ada"),
        (Greeter.shout, "Ada"),
    ],
)
def test_the_callables_the_page_sends_survive_pickling(
    func: Callable[[Any], object], arg: object
) -> None:
    assert pickle.loads(pickle.dumps(func))(arg) == func(arg)


def test_a_lock_result_does_not_pickle() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(make_lock())
    assert isinstance(make_lock(), type(threading.Lock()))


def test_needs_two_pickles_but_does_not_unpickle() -> None:
    data = pickle.dumps(NeedsTwo("a.txt", 2))
    with pytest.raises(TypeError, match="missing 1 required positional argument"):
        pickle.loads(data)


def test_two_args_round_trips() -> None:
    again = pickle.loads(pickle.dumps(TwoArgs("a.txt", 2)))
    assert (again.path, again.code, str(again)) == ("a.txt", 2, "a.txt: error 2")


@pytest.mark.parametrize("kind", ["NeedsTwo", "TwoArgs"])
def test_fail_with_raises_the_named_class(kind: str) -> None:
    with pytest.raises(Exception) as caught:  # noqa: PT011 (the class is the point)
        fail_with(kind)
    assert type(caught.value).__name__ == kind


def test_call_pickled_calls_what_it_unpickles() -> None:
    assert call_pickled(pickle.dumps(scale), 2, 3) == 6


def test_the_three_handles_give_the_same_checksum(tmp_path: Path) -> None:
    data = bytes(range(256)) * 16
    path = tmp_path / "block.bin"
    path.write_bytes(data)
    block = shared_memory.SharedMemory(create=True, size=len(data))
    try:
        assert block.buf is not None
        block.buf[: len(data)] = data
        assert checksum(data) == zlib.crc32(data)
        assert checksum_shared(block.name, len(data)) == zlib.crc32(data)
        assert checksum_file(str(path)) == zlib.crc32(data)
    finally:
        block.close()
        block.unlink()
