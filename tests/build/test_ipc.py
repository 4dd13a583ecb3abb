"""mpdocs.ipc: the pipe-buffer size the queues page quotes."""

from __future__ import annotations

from mpdocs.ipc import pipe_capacity


def test_pipe_capacity_is_positive_or_unknown() -> None:
    capacity = pipe_capacity()
    assert capacity is None or capacity >= 4096
