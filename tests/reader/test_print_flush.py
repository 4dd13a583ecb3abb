"""print_flush.py through a plain pipe: the orders the processes page describes."""

from __future__ import annotations

import pytest

from mpdocs.piped import run_piped

CHILD = "child: this line was printed first"
PARENT = "parent: this line was printed second"


def order(*args: str, flags: tuple[str, ...] = (), **env: str) -> list[str]:
    run = run_piped("print_flush.py", *args, flags=flags, env=env or None)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    return run.stdout.splitlines()


@pytest.mark.parametrize("method", ["spawn", "fork", "forkserver"])
def test_unflushed_line_waits_for_the_child_to_exit(method: str) -> None:
    assert order("--start-method", method) == [PARENT, CHILD]


@pytest.mark.parametrize("method", ["spawn", "fork", "forkserver"])
def test_flush_true_sends_the_line_at_once(method: str) -> None:
    assert order("--start-method", method, "--flush") == [CHILD, PARENT]


@pytest.mark.parametrize("method", ["spawn", "fork", "forkserver"])
def test_environment_variable_reaches_every_child(method: str) -> None:
    assert order("--start-method", method, PYTHONUNBUFFERED="1") == [CHILD, PARENT]


def test_dash_u_reaches_fork_children_only() -> None:
    assert order("--start-method", "fork", flags=("-u",)) == [CHILD, PARENT]
    for method in ("spawn", "forkserver"):
        assert order("--start-method", method, flags=("-u",)) == [PARENT, CHILD]
