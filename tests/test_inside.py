from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mpguide import inside
from mpguide.inside import (
    close_connection,
    count_rows,
    open_connection,
    record_square,
    square_in_group,
)


def test_square_in_group() -> None:
    assert square_in_group("b", 4) == ("b", 16)


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = str(tmp_path / "results.db")
    with closing(sqlite3.connect(path)) as db:
        db.executescript(
            "CREATE TABLE squares (x, square); CREATE TABLE closes (pid, hook);"
        )
    return path


def test_record_square_needs_the_initializer() -> None:
    inside.connection = None
    with pytest.raises(RuntimeError, match="open_connection"):
        record_square(3)


def test_open_record_close_in_one_process(database: str) -> None:
    # The initializer also registers the hook: use Finalize, then run the
    # close by hand (the registered callback finds the connection closed).
    open_connection(database, "Finalize")
    assert record_square(3) == os.getpid()
    close_connection("Finalize")
    assert inside.connection is None
    close_connection("Finalize")  # a second close does nothing
    with closing(sqlite3.connect(database)) as db:
        assert count_rows(db, "squares") == 1
        assert db.execute("SELECT * FROM closes").fetchall() == [
            (os.getpid(), "Finalize")
        ]


def test_open_connection_rejects_an_unknown_hook(database: str) -> None:
    with pytest.raises(ValueError, match="atexit"):
        open_connection(database, "weakref")
    assert inside.connection is not None
    inside.connection.close()
    inside.connection = None
