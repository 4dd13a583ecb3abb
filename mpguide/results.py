"""Hand an example's measurements to the page that runs it.

An example prints its results for people. When the docs build runs it, it also
wants the numbers themselves, to plot them and to quote them in prose. The
runner sets ``MPGUIDE_RESULTS`` to a file path; :func:`publish` writes the data
there as JSON, and does nothing when the variable is unset (a reader's run).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

__all__ = ["publish"]


def publish(data: dict[str, object]) -> None:
    """Save *data* (JSON-serialisable) for the docs build, if it asked for it.

    >>> publish({"speedup": 1.9})  # no MPGUIDE_RESULTS: nothing happens
    """
    if not isinstance(data, dict):
        raise TypeError(f"data must be a dict, not {type(data).__name__}")
    target = os.environ.get("MPGUIDE_RESULTS")
    if target:
        Path(target).write_text(json.dumps(data, indent=2), encoding="utf-8")
