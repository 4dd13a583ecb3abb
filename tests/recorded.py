"""Load the runs ``tools/record_runs.py`` recorded, for the sentence tests.

``tests/recorded/<condition>/<example-stem>.json`` holds one example's
``--json`` results (``results``), what its page passes to the sentence module
besides (``inputs``: ``usable`` CPUs and, where the page probes, ``busy``) and
how the machine was (``machine``, ``probe``). The ``quiet-2cpu`` files may
have been recorded on a machine that was not quiet: their tests check the
verdict that those numbers call for, never a verdict typed in beforehand.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from mpdocs.spread import Spread

FOLDER = Path(__file__).resolve().parent / "recorded"

QUIET = "quiet-2cpu"
BUSY = "busy-2cpu"
ONE_CPU = "one-cpu"
CONDITIONS = (QUIET, BUSY, ONE_CPU)
#: The two-CPU conditions (quiet and busy), where the same sentences apply.
TWO_CPUS = (QUIET, BUSY)


@cache
def _load(condition: str, stem: str) -> str:
    path = FOLDER / condition / f"{stem}.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"no recording {path}: run tools/record_runs.py --condition {condition}"
        )
    return path.read_text(encoding="utf-8")


def recording(condition: str, stem: str) -> dict[str, Any]:
    """The whole recorded file (a fresh copy: tests may change it)."""
    data: dict[str, Any] = json.loads(_load(condition, stem))
    if data["condition"] != condition:
        raise ValueError(f"{condition}/{stem}.json says {data['condition']}")
    return data


def results(condition: str, stem: str) -> dict[str, Any]:
    """What the example wrote with ``--json`` in that recording."""
    data: dict[str, Any] = recording(condition, stem)["results"]
    return data


def inputs(condition: str, stem: str) -> dict[str, Any]:
    """What the page passes to its sentence module besides (usable, busy)."""
    data: dict[str, Any] = recording(condition, stem)["inputs"]
    return data


def expected_order(a: Spread, b: Spread) -> str:
    """How the tests expect two spreads to compare, worked out independently
    of :func:`mpdocs.spread.compare`: "faster", "slower" or "overlap"."""
    if a.low > b.high:
        return "faster"
    if a.high < b.low:
        return "slower"
    return "overlap"
