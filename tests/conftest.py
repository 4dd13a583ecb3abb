"""Shared fixtures: run an example and prove it cleaned up after itself."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest
from leaks import no_new_shm, wait_for_session_to_end

from mpguide.examples import ExampleRun, run_example

RunClean = Callable[..., ExampleRun]


@pytest.fixture
def run_clean() -> RunClean:
    """Run an example; fail on leaked processes, semaphores or shared memory."""

    def run(name: str, *args: str, **kwargs: object) -> ExampleRun:
        with no_new_shm():
            result = run_example(name, *args, **kwargs)  # type: ignore[arg-type]
            stragglers = wait_for_session_to_end(result.pid)
        assert not stragglers, f"{name} left processes running: {stragglers}"
        assert "resource_tracker" not in result.stderr, result.stderr
        return result

    return run


def available_start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()
