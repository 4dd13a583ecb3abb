"""Say, at the end of every build, how long the notebooks took to execute.

myst-nb keeps, for each notebook page, what its execution reported
(``env.nb_metadata[docname]["exec_data"]``: ``runtime`` in seconds and
``mtime``, when it ran). A page whose outputs came from the execution cache
carries the runtime of the run that filled the cache, with that run's
``mtime``, so a page counts as executed in this build only if it was read in
this build and its ``mtime`` is not older than the build's start (and no
other page has the same record: pages with identical cells share one);
otherwise it counts as 0 s, and the line says how many pages that was. The line reads::

    notebook execution: 3 min 41 s over 24 pages (2 from the cache, 0 s);
    slowest: measuring 38 s, gil 24 s, pools 20 s, cpu_count 18 s, choosing 15 s

With ``sphinx-build -j N`` the pages run side by side: the total is the sum
of the pages' runtimes, not the time the build took. The same numbers go to
``<outdir>/../build-time.json`` (``docs/_build/build-time.json``) for scripts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: How many of the slowest pages the line names.
SLOWEST = 5


@dataclass(frozen=True)
class PageTime:
    """One notebook page: its runtime in this build (None if not executed)."""

    docname: str
    seconds: float | None


def duration(seconds: float) -> str:
    """``3 min 41 s``, ``38 s``, ``0.4 s``."""
    if seconds < 1:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def page_times(
    metadata: Mapping[str, Mapping[str, Any]],
    read: Iterable[str],
    started: float,
) -> list[PageTime]:
    """Each notebook page's runtime in this build, from myst-nb's metadata.

    *read* is the pages this build read; *started* the build's start (POSIX
    time). A page not read, or whose execution record predates the build (its
    outputs came from the cache), has ``seconds=None``.
    """
    fresh = set(read)
    times = []
    runs: set[float] = set()
    for docname, data in sorted(
        metadata.items(), key=lambda item: _mtime(item[1].get("exec_data"))
    ):
        record = data.get("exec_data")
        if not record:
            continue
        mtime = _mtime(record)
        ran_now = (
            docname in fresh
            and record.get("runtime") is not None
            and mtime >= started
            # Two pages with the same cells share one cache record, and so
            # its time: only the first of them ran.
            and mtime not in runs
        )
        runs.add(mtime)
        times.append(PageTime(docname, float(record["runtime"]) if ran_now else None))
    return sorted(times, key=lambda t: t.docname)


def _mtime(record: Mapping[str, Any] | None) -> float:
    return float((record or {}).get("mtime") or 0)


def summary(times: list[PageTime], slowest: int = SLOWEST) -> str:
    """The one line the build prints."""
    if not times:
        return "notebook execution: no notebook page was executed or cached"
    executed = [t for t in times if t.seconds is not None]
    total = sum(t.seconds or 0.0 for t in executed)
    cached = len(times) - len(executed)
    line = (
        f"notebook execution: {duration(total)} over {len(times)} "
        f"page{'s' if len(times) != 1 else ''}"
    )
    if cached:
        line += f" ({cached} from the cache or unchanged, counted as 0 s)"
    ranked = sorted(executed, key=lambda t: (-(t.seconds or 0.0), t.docname))
    if ranked:
        line += "; slowest: " + ", ".join(
            f"{t.docname} {duration(t.seconds or 0.0)}" for t in ranked[:slowest]
        )
    return line


def _on_builder_inited(app: Sphinx) -> None:
    app.env.mpguide_build_started = time.time()  # type: ignore[attr-defined]
    app.env.mpguide_read = set()  # type: ignore[attr-defined]


def _on_before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    env.mpguide_read = set(docnames)  # type: ignore[attr-defined]


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    env = app.env
    times = page_times(
        getattr(env, "nb_metadata", {}),
        getattr(env, "mpguide_read", set()),
        getattr(env, "mpguide_build_started", time.time()),
    )
    logging.getLogger(__name__).info(summary(times))
    report = Path(app.outdir).parent / "build-time.json"
    report.write_text(
        json.dumps(
            {
                "total_seconds": sum(t.seconds or 0.0 for t in times),
                "pages": {t.docname: t.seconds for t in times},
            },
            indent=1,
        ),
        encoding="utf-8",
    )


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("builder-inited", _on_builder_inited)
    app.connect("env-before-read-docs", _on_before_read)
    app.connect("build-finished", _on_build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
