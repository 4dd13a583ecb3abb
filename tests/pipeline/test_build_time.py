"""The build-time line printed at the end of every build (docs/_ext/build_time.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))

from build_time import PageTime, duration, page_times, summary

STARTED = 1_000_000.0


def _record(runtime: float | None, mtime: float) -> dict[str, object]:
    return {"exec_data": {"runtime": runtime, "mtime": mtime, "method": "cache"}}


def test_durations_read_as_a_person_would_say_them() -> None:
    assert [duration(s) for s in (0.42, 1.4, 38.2, 60, 221.4)] == [
        "0.4 s",
        "1 s",
        "38 s",
        "1 min 0 s",
        "3 min 41 s",
    ]


def test_only_pages_executed_in_this_build_count() -> None:
    metadata = {
        "measuring": _record(38.2, STARTED + 50),  # executed now
        "gil": _record(24.0, STARTED + 90),  # executed now
        "pools": _record(33.0, STARTED - 3600),  # outputs from the cache
        "tutorial": _record(5.0, STARTED - 7200),  # not read in this build
        "reference": {},  # a page with no notebook execution
        "index": _record(None, STARTED + 1),  # no runtime recorded
    }
    times = page_times(metadata, {"measuring", "gil", "pools", "index"}, STARTED)
    assert times == [
        PageTime("gil", 24.0),
        PageTime("index", None),
        PageTime("measuring", 38.2),
        PageTime("pools", None),
        PageTime("tutorial", None),
    ]
    assert summary(times) == (
        "notebook execution: 1 min 2 s over 5 pages (3 from the cache or "
        "unchanged, counted as 0 s); slowest: measuring 38 s, gil 24 s"
    )


def test_pages_with_the_same_cells_ran_once() -> None:
    # The second page hit the cache record the first one made in this build.
    metadata = {
        "stub_b": _record(3.0, STARTED + 10),
        "stub_a": _record(3.0, STARTED + 10),
        "other": _record(4.0, STARTED + 5),
    }
    times = page_times(metadata, set(metadata), STARTED)
    assert sorted(t.seconds or 0.0 for t in times) == [0.0, 3.0, 4.0]
    assert [t.docname for t in times] == ["other", "stub_a", "stub_b"]


def test_the_slowest_are_named_slowest_first_and_capped() -> None:
    times = [PageTime(f"p{i}", float(i)) for i in range(1, 9)]
    assert summary(times, slowest=3) == (
        "notebook execution: 36 s over 8 pages; slowest: p8 8 s, p7 7 s, p6 6 s"
    )


def test_a_fully_cached_build_and_an_empty_one() -> None:
    assert summary([PageTime("a", None)]) == (
        "notebook execution: 0.0 s over 1 page (1 from the cache or unchanged, "
        "counted as 0 s)"
    )
    assert summary([]) == "notebook execution: no notebook page was executed or cached"
