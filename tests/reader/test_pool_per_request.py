"""What the long-running page shows under ``python -X dev``, for every start method.

The example contract (tests/reader/cases/pool_per_request.py) runs it the ordinary
way, where the ResourceWarning is hidden; the page runs it in development mode.
"""

from __future__ import annotations

import multiprocessing
import re

import pytest
from conftest import RunClean


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_dropped_pool_warns_in_dev_mode(run_clean: RunClean, method: str) -> None:
    run = run_clean(
        "pool_per_request.py",
        "--start-method",
        method,
        env={"PYTHONDEVMODE": "1"},
    )
    assert run.returncode == 0, run.stderr
    warnings = re.findall(
        r"ResourceWarning: unclosed running multiprocessing pool", run.stderr
    )
    assert len(warnings) == 1, run.stderr  # only the pool nobody closed
    assert re.search(
        r"^4 requests, one long-lived pool: .* 2 child", run.stdout, re.MULTILINE
    )
