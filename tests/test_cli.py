from __future__ import annotations

import argparse
import multiprocessing
import re
from collections.abc import Callable

import pytest

from mpguide.cli import (
    example_parser,
    non_negative_int,
    positive_float,
    positive_int,
)


def test_default_and_choice() -> None:
    parser = example_parser("Title line.\n\nMore text.")
    assert parser.description == "Title line."
    assert parser.parse_args([]).start_method == "spawn"
    for method in multiprocessing.get_all_start_methods():
        assert parser.parse_args(["--start-method", method]).start_method == method


def test_without_start_method() -> None:
    parser = example_parser(None, start_method=None)
    assert not hasattr(parser.parse_args([]), "start_method")


def test_unknown_method_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = example_parser("x")
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--start-method", "threads"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown start method 'threads' (choose from spawn, fork, forkserver)" in err


def test_unavailable_method_is_rejected(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As on Windows, where only spawn exists.
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    parser = example_parser("x")
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--start-method", "fork"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "start method 'fork' is not available on" in err
    assert "(available: spawn)" in err


def test_unavailable_default_is_a_programming_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with pytest.raises(
        ValueError, match="bad default: start method 'fork' is not available"
    ):
        example_parser("x", start_method="fork")


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (positive_int, "3", 3),
        (non_negative_int, "0", 0),
        (positive_float, "0.25", 0.25),
    ],
)
def test_number_types_accept(
    kind: Callable[[str], float], text: str, expected: float
) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (positive_int, "0", "must be >= 1, got 0"),
        (positive_int, "1.5", "invalid int value: '1.5'"),
        (non_negative_int, "-1", "must be >= 0, got -1"),
        (positive_float, "0", "must be > 0, got 0"),
        (positive_float, "x", "invalid float value: 'x'"),
    ],
)
def test_number_types_reject(
    kind: Callable[[str], float], text: str, message: str
) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(message)):
        kind(text)


def test_bad_number_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = example_parser("x")
    parser.add_argument("--workers", type=positive_int, default=2)
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--workers", "0"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith(
        "error: argument --workers: must be >= 1, got 0\n"
    )
