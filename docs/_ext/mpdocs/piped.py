"""Run an example as ``python NAME.py ARGS | cat`` would, for the page on buffering.

:func:`mpdocs.show_example` makes stdout line-buffered in every process of a
run (its ``_example_site``), as a terminal would, so that lines arrive in the
order they were printed. To show what a plain pipe does instead, this runs the
script without that start-up module and without ``PYTHONUNBUFFERED`` (which
the build's own environment may set): stdout is then block-buffered unless the
command asks otherwise, with ``python -u`` or ``PYTHONUNBUFFERED=1``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from mpdocs.runner import ExampleFailed, project_root
from mpdocs.stamp import machine_stamp

__all__ = ["run_piped", "show_piped"]


def run_piped(
    name: str,
    *args: str,
    flags: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    timeout: float = 60.0,
) -> subprocess.CompletedProcess[str]:
    """Run ``examples/NAME`` with interpreter *flags*, stdout and stderr piped."""
    root = project_root()
    child_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONUNBUFFERED", "PYTHONPATH")
    }
    child_env.update(PYTHONPATH=str(root), PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run(
        [sys.executable, *flags, str(root / "examples" / name), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env,
        cwd=root,
        timeout=timeout,
        check=False,
    )


def show_piped(
    name: str,
    *args: str,
    flags: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Print a transcript of :func:`run_piped`; raise if the script failed."""
    run = run_piped(name, *args, flags=flags, env=env)
    assignments = [f"{key}={shlex.quote(value)}" for key, value in (env or {}).items()]
    command = " ".join([*assignments, shlex.join(["python", *flags, name, *args])])
    if run.returncode != 0:
        raise ExampleFailed(
            f"$ {command}\nexited with status {run.returncode}\n"
            f"--- stdout ---\n{run.stdout}--- stderr ---\n{run.stderr}"
        )
    print(f"$ {command} | cat\n{run.stdout}", end="", flush=True)
    if run.stderr:
        print(run.stderr, end="", file=sys.stderr, flush=True)
    method = (
        args[args.index("--start-method") + 1] if "--start-method" in args else None
    )
    print(f"[exit status 0 · {machine_stamp(method)}]", flush=True)
    return run
