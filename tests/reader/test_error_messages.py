"""The error index: recorded texts against real runs on this Python, and the page.

``docs/errors.md`` shows each message as every CPython the builder has printed
it, and quotes ``docs/_data/error_messages.json`` for the versions a builder
lacks. Those quotes are only as good as this test: it runs every lesson on the
Python running the tests (``nox -s tests-3.10`` ... ``tests-3.13``) and
compares each message with what was recorded for that version.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mpdocs.messages import (
    LESSONS,
    MESSAGES,
    Message,
    Runs,
    extract,
    load_quotes,
    normalize,
    run_lessons,
    show_message,
)
from mpdocs.runner import ExampleFailed, ExampleRun

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"
TESTED = ("3.10", "3.11", "3.12", "3.13")
QUOTES = load_quotes()


@pytest.fixture(scope="module")
def runs() -> Runs:
    """Every lesson, run once on this Python."""
    return run_lessons({VERSION: sys.executable})


def test_every_message_is_recorded_for_every_tested_version() -> None:
    assert set(QUOTES["messages"]) == set(MESSAGES)
    for key, texts in QUOTES["messages"].items():
        assert set(TESTED) <= set(texts), f"{key}: recorded for {sorted(texts)}"
        assert any(texts.values()), f"{key}: no version prints it"
    assert set(TESTED) <= set(QUOTES["recorded_with"])


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_recorded_text_is_what_this_python_prints(runs: Runs, key: str) -> None:
    if VERSION not in QUOTES["recorded_with"]:
        pytest.skip(f"nothing recorded for {VERSION}: tools/record_error_messages.py")
    message = MESSAGES[key]
    text = extract(runs.runs[message.lesson, VERSION], message)
    actual = normalize(text) if text is not None else None
    assert actual == QUOTES["messages"][key][VERSION], (
        f"{key} on {VERSION} no longer matches docs/_data/error_messages.json; "
        "if the change is real, run tools/record_error_messages.py"
    )


def test_the_page_shows_every_message_once_and_names_every_lesson() -> None:
    shown = re.findall(r'^show_message\(runs, "([\w-]+)"\)$', PAGE, re.MULTILINE)
    assert sorted(shown) == sorted(MESSAGES)
    # Naming a lesson's file puts it in the page's execution-cache key.
    for lesson in LESSONS.values():
        assert f"examples/{lesson.script}" in PAGE, lesson.script


def test_a_builder_with_one_python_quotes_the_others(runs: Runs) -> None:
    if VERSION not in QUOTES["recorded_with"]:
        pytest.skip(f"nothing recorded for {VERSION}")
    # pickle-local: 3.13 words it differently from 3.10 to 3.12.
    shown = show_message(runs, "pickle-local", QUOTES)
    texts = QUOTES["messages"]["pickle-local"]
    assert f"CPython {runs.versions[VERSION]} · this build ran" in shown
    others = [v for v in TESTED if v != VERSION]
    differ = [v for v in others if texts[v] != texts[VERSION]]
    same = [v for v in others if texts[v] == texts[VERSION]]
    assert differ, texts
    for text in {texts[v] for v in differ}:
        group = " · ".join(v for v in differ if texts[v] == text)
        label = f"checked by the test suite on CPython {group}, not run by this build"
        assert f"{label}*\n\n```text\n{text}\n" in shown
    if same:
        assert f"the same on {' · '.join(same)}, checked by the test suite" in shown


def test_a_version_that_stops_printing_a_message_fails_the_build(runs: Runs) -> None:
    if VERSION not in QUOTES["recorded_with"]:
        pytest.skip(f"nothing recorded for {VERSION}")
    key = next(k for k, t in QUOTES["messages"].items() if t[VERSION] is not None)
    record = {"messages": {key: {**QUOTES["messages"][key], VERSION: None}}}
    with pytest.raises(ExampleFailed, match="unlike the record"):
        show_message(runs, key, record)


def test_a_pattern_that_half_matches_is_an_error() -> None:
    run = ExampleRun("x.py", (), 0, "first\n", "", 0.0, 0)
    with pytest.raises(ExampleFailed, match="part of a message"):
        extract(run, Message("x", (r"^first$", r"^second$")))
    assert extract(run, Message("x", (r"^third$",))) is None


def test_normalize_masks_what_changes_between_runs() -> None:
    first = (
        '  File "/a/b/x.py", line 12, in main\n'
        "    pool.map(f, items)\n"
        "    ~~~~~~~~^^^^^^^^^^\n"
        "/usr/lib/python3.13/multiprocessing/resource_tracker.py:276: UserWarning: "
        "leaked: {'/psm_1a2b3c', '/mp-abcd1234-xyz'} <object at 0x7f00aa> pid=42"
    )
    second = (
        '  File "/c/x.py", line 9, in main\n'
        "    pool.map(f, items)\n"
        "/opt/py/multiprocessing/resource_tracker.py:254: UserWarning: "
        "leaked: {'/psm_ffff', '/mp-0000-q'} <object at 0x10> pid=7"
    )
    assert normalize(first) == normalize(second)
