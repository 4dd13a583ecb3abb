"""Facts about this machine's pipes, for the queues page's prose."""

from __future__ import annotations

import os

__all__ = ["pipe_capacity"]


def pipe_capacity() -> int | None:
    """How many bytes a new OS pipe buffers here, or None if we cannot tell.

    Linux reports it through ``fcntl.F_GETPIPE_SZ`` (in :mod:`fcntl` since
    Python 3.10); other platforms have no portable way to ask.
    """
    try:
        import fcntl  # noqa: PLC0415 (POSIX only)
    except ImportError:  # Windows
        return None
    getter = getattr(fcntl, "F_GETPIPE_SZ", None)
    if getter is None:
        return None
    read_end, write_end = os.pipe()
    try:
        return int(fcntl.fcntl(write_end, getter))
    finally:
        os.close(read_end)
        os.close(write_end)
