from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpguide.results import publish


def test_publish_writes_json_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    monkeypatch.setenv("MPGUIDE_RESULTS", str(target))
    publish({"a": [1, 2.5]})
    assert json.loads(target.read_text()) == {"a": [1, 2.5]}


def test_publish_is_silent_for_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MPGUIDE_RESULTS", raising=False)
    monkeypatch.chdir(tmp_path)
    publish({"a": 1})
    assert list(tmp_path.iterdir()) == []


def test_publish_rejects_non_dict() -> None:
    with pytest.raises(TypeError, match="data must be a dict, not list"):
        publish([1])  # type: ignore[arg-type]
