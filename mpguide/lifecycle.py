"""Waiting for child processes without ever waiting forever.

The Processes page of the guide spells the pattern out in full; examples whose
lesson is elsewhere call these instead of repeating it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from multiprocessing.process import BaseProcess

from mpguide.checks import check_seconds

__all__ = ["exit_if_any_failed", "join_all"]


def join_all(
    children: Sequence[BaseProcess], timeout: float = 60.0
) -> list[int | None]:
    """Join each child for at most *timeout* seconds; kill any still running.

    Returns the exit codes in order: ``0`` for success, a positive code for a
    failure, ``-9`` (``-SIGKILL``) for a child that had to be killed.
    """
    check_seconds("timeout", timeout)
    for child in children:
        child.join(timeout)
        if child.is_alive():  # stuck: stop it rather than hang the program
            child.kill()
            child.join()
    return [child.exitcode for child in children]


def exit_if_any_failed(children: Sequence[BaseProcess]) -> None:
    """Exit the program, naming the first child whose exit code was not 0.

    Call it after :func:`join_all`: a child that is still running has no
    exit code yet and counts as failed.
    """
    for child in children:
        if child.exitcode != 0:
            sys.exit(f"{child.name} failed: exit code {child.exitcode}")
