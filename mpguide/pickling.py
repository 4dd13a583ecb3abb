"""Workers for "What crosses the process boundary": what pickles, and what not.

Every argument, function and result a pool hands to another process is
pickled on one side and unpickled on the other. These workers are the
objects that cross: functions and classes defined at the top of a module, so
that the receiving process can find them by module and name.
"""

from __future__ import annotations

import mmap
import pickle
import threading
import zlib
from multiprocessing import shared_memory
from pathlib import Path
from typing import Any

__all__ = [
    "Greeter",
    "NeedsTwo",
    "TwoArgs",
    "call_pickled",
    "checksum",
    "checksum_file",
    "checksum_shared",
    "fail_with",
    "make_lock",
    "scale",
    "scale_kw",
    "type_name",
]


# --- Several arguments, and keyword arguments -------------------------------


def scale(x: float, factor: float = 1.0, *, offset: float = 0.0) -> float:
    """Return ``x * factor + offset``: positional, default and keyword-only.

    >>> scale(2, 3), scale(2, 3, offset=1)
    (6.0, 7)
    """
    return x * factor + offset


def scale_kw(kwargs: dict[str, float]) -> float:
    """Call :func:`scale` with one dict of keyword arguments.

    ``Pool.map`` passes each item as one positional argument, so a task whose
    keyword arguments vary from item to item needs a module-level wrapper
    like this one.

    >>> scale_kw({"x": 2, "factor": 3, "offset": 1})
    7
    """
    return scale(**kwargs)


# --- Callables that pickle by reference ------------------------------------


class Greeter:
    """A module-level class: its instances, bound methods, static methods
    and the instances themselves (it has ``__call__``) all pickle.

    >>> Greeter("Hello").greet("Ada"), Greeter("Hi")("Bo"), Greeter.shout("x")
    ('Hello, Ada', 'Hi, Bo', 'X!')
    """

    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    def greet(self, name: str) -> str:
        return f"{self.greeting}, {name}"

    def __call__(self, name: str) -> str:
        return self.greet(name)

    @staticmethod
    def shout(name: str) -> str:
        return f"{name.upper()}!"


def call_pickled(payload: bytes, *args: Any) -> Any:
    """Unpickle a function from *payload* and call it with *args*.

    The parent pickles a lambda or a closure with cloudpickle, which the
    standard pickle cannot do; the standard ``pickle.loads`` rebuilds it, as
    long as cloudpickle is installed where this runs.

    >>> call_pickled(pickle.dumps(abs), -3)
    3
    """
    return pickle.loads(payload)(*args)


def type_name(obj: object) -> str:
    """The name of *obj*'s type, as the receiving process sees it.

    >>> type_name(len)
    'builtin_function_or_method'
    """
    return type(obj).__name__


# --- Results and exceptions that do not come back --------------------------


def make_lock() -> Any:
    """Return a ``threading.Lock``: a result that cannot be pickled."""
    return threading.Lock()


class NeedsTwo(Exception):
    """An exception whose ``__init__`` takes two arguments but passes one on.

    ``BaseException`` pickles an exception as its class and ``self.args``;
    unpickling calls ``NeedsTwo(*self.args)`` with one argument, which fails.
    """

    def __init__(self, path: str, code: int) -> None:
        super().__init__(f"{path}: error {code}")
        self.path, self.code = path, code


class TwoArgs(Exception):
    """The same exception, fixed: every argument goes to ``super().__init__``.

    >>> import pickle
    >>> pickle.loads(pickle.dumps(TwoArgs("a.txt", 2))).code
    2
    """

    def __init__(self, path: str, code: int) -> None:
        super().__init__(path, code)
        self.path, self.code = path, code

    def __str__(self) -> str:
        return f"{self.path}: error {self.code}"


def fail_with(kind: str) -> None:
    """Raise ``NeedsTwo`` or ``TwoArgs`` (*kind* names the class)."""
    error = {"NeedsTwo": NeedsTwo, "TwoArgs": TwoArgs}[kind]
    raise error("a.txt", 2)


# --- Big data: send a handle, not the bytes --------------------------------


def checksum(data: bytes) -> int:
    """CRC-32 of *data*, which arrived pickled with the task.

    >>> checksum(b"abc")
    891568578
    """
    return zlib.crc32(data)


def checksum_shared(name: str, size: int) -> int:
    """CRC-32 of the first *size* bytes of the shared memory block *name*."""
    block = shared_memory.SharedMemory(name=name)
    try:
        assert block.buf is not None  # None only once the block is closed
        return zlib.crc32(block.buf[:size])
    finally:
        block.close()  # detach; the process that created it unlinks it


def checksum_file(path: str) -> int:
    """CRC-32 of a file's bytes, read through a memory map (``mmap``)."""
    with (
        Path(path).open("rb") as file,
        mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
    ):
        return zlib.crc32(mapped)
