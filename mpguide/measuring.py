"""Workers for the "Measuring speed-up" page: tasks whose cost is moving data.

The timing loops live in the examples that time these functions
(``payload_cost.py`` and ``big_arguments_lose.py``); this module holds only what
their pool workers run.
"""

import zlib

__all__ = ["checksum", "echo"]


def echo(data: bytes) -> bytes:
    """Return *data* unchanged: a task whose whole cost is moving its data.

    Sent to a pool worker, the bytes are pickled, piped to the worker,
    unpickled, and then make the same trip back.

    >>> echo(b"abc")
    b'abc'
    """
    return data


def checksum(data: bytes) -> int:
    """Adler-32 checksum of *data*: fast C code, far cheaper than sending it.

    >>> checksum(b"abc")
    38600999
    """
    return zlib.adler32(data)
