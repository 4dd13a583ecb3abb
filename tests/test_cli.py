from __future__ import annotations

import multiprocessing

import pytest

from mpguide.cli import example_parser


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
