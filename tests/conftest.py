"""Shared fixtures: run an example and prove it cleaned up after itself."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable

import pytest
from leaks import leaked_shm, pid_record, run_pids, shm_entries, wait_for_session_to_end

from mpdocs.runner import ExampleRun, run_example

RunClean = Callable[..., ExampleRun]

# A shell without job control starts background commands (`pytest &`, a CI
# step sent to the background) with SIGINT ignored, and every example would
# inherit that: pool_ctrl_c.py's self-sent Ctrl-C would then do nothing. The
# examples are meant to run as from a terminal, so give SIGINT a handler
# again here; an exec'ed child starts with SIGINT at its default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def run_clean() -> RunClean:
    """Run an example; fail on leaked processes, semaphores or shared memory.

    Only what this run left counts (see ``leaks.leaked_shm``): the run's
    processes note their PIDs in a folder of their own and name their shared
    memory after the run, so runs on the same machine never blame each other.
    """

    def run(
        name: str, *args: str, tracker_cleanup: bool = False, **kwargs: object
    ) -> ExampleRun:
        before = shm_entries()
        with pid_record() as pids:
            result = run_example(name, *args, **kwargs)  # type: ignore[arg-type]
            stragglers = wait_for_session_to_end(result.pid)
            assert not stragglers, f"{name} left processes running: {stragglers}"
            leaked = leaked_shm(before, result.run_id, run_pids(pids))
        assert not leaked, f"{name} left in /dev/shm: {leaked}"
        if not tracker_cleanup:  # see example_cases.Case.tracker_cleanup
            assert "resource_tracker" not in result.stderr, result.stderr
        return result

    return run


def available_start_methods() -> list[str]:
    return multiprocessing.get_all_start_methods()
