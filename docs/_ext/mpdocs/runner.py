"""Run an example script as a real, separate process and show what it did.

The documentation build calls :func:`show_example` from a hidden notebook cell
so every page displays the output of a fresh run; the test suite calls
:func:`run_example` to check the same scripts under every start method.

A page that needs an example's numbers asks for ``results=True``: the runner
adds ``--json FILE`` to the command line (an option the example offers its
readers too) and reads the file back into :attr:`ExampleRun.results`.
"""

from __future__ import annotations

import datetime
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mpdocs.stamp import machine_stamp

__all__ = [
    "ExampleFailed",
    "ExampleRun",
    "examples_dir",
    "outputs_note",
    "run_example",
    "show_example",
]

_EXAMPLE_SITE = Path(__file__).resolve().parent / "_example_site"

#: Seconds one example may run before it is killed. Generous on purpose: the
#: slowest examples time real work on a loaded two-core build machine.
DEFAULT_TIMEOUT = 120.0
#: Seconds the processes of a timed-out run get to print their stacks.
_DUMP_GRACE = 3.0


class ExampleFailed(RuntimeError):
    """An example ended with an exit status other than the one expected."""


@dataclass(frozen=True)
class ExampleRun:
    """What one run of an example script did."""

    name: str
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    pid: int
    #: What the script wrote with ``--json FILE``, when the caller asked.
    results: dict[str, Any] | None = field(default=None, compare=False)
    #: Environment variables the run set on purpose (shown in the command).
    env: tuple[tuple[str, str], ...] = ()
    #: Part of the name of every semaphore the run created: ``sem.mp-<id>-*``.
    run_id: str = ""

    @property
    def command(self) -> str:
        """The command a reader would type to run it themselves."""
        assignments = [f"{key}={shlex.quote(value)}" for key, value in self.env]
        # A reader runs the file they saved or downloaded, from its folder.
        script = shlex.join(["python", Path(self.name).name, *self.args])
        return " ".join([*assignments, script])

    @property
    def start_method(self) -> str | None:
        """The ``--start-method`` passed on the command line, if any."""
        for flag, value in zip(self.args, self.args[1:], strict=False):
            if flag == "--start-method":
                return value
        for arg in self.args:
            if arg.startswith("--start-method="):
                return arg.partition("=")[2]
        return None


def project_root() -> Path:
    """The checkout that holds ``examples/`` and ``mpguide/``.

    ``MPGUIDE_ROOT`` wins (a test builds a copy of the project elsewhere);
    otherwise the clone this file sits in (``docs/_ext/mpdocs/``).
    """
    configured = os.environ.get("MPGUIDE_ROOT")
    root = Path(configured) if configured else Path(__file__).resolve().parents[3]
    if not (root / "examples").is_dir():
        raise FileNotFoundError(
            f"no examples/ folder in {root}: run from a clone of mpguide "
            "or set MPGUIDE_ROOT"
        )
    return root


def examples_dir() -> Path:
    """The folder of runnable example scripts."""
    return project_root() / "examples"


def _log_execution(run: ExampleRun) -> None:
    # The docs build counts example runs through this log, to prove that a
    # rebuild with nothing changed runs none of them.
    log = os.environ.get("MPGUIDE_EXECUTION_LOG")
    if log:
        with Path(log).open("a", encoding="utf-8") as stream:
            stream.write(f"{run.command}\n")


def run_example(
    name: str,
    *args: str,
    python: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    env: dict[str, str] | None = None,
    results: bool = False,
) -> ExampleRun:
    """Run ``examples/NAME`` with *args* in a new process and capture it all.

    The script runs in its own session so that, on timeout, every process in
    it first prints its Python stacks to stderr (``faulthandler``, set up by
    ``_example_site``) and then the whole group is killed rather than left
    running. Its stdout is line-buffered, as in a terminal, so lines from
    parent and children arrive whole and in the order they were printed; and
    its semaphores carry the run's id in their names. With *results*, the
    script also gets ``--json FILE`` and what it writes there is returned.
    """
    if not name.endswith(".py"):
        raise ValueError(f"name must be a script name like 'x.py', got {name!r}")
    if not timeout > 0:
        raise ValueError(f"timeout must be > 0, got {timeout!r}")
    root = project_root()
    script = root / "examples" / name
    if not script.is_file():
        raise FileNotFoundError(f"no example script {script}")
    child_env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(_EXAMPLE_SITE), str(root), os.environ.get("PYTHONPATH")])
        ),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        # Plain tracebacks (3.13+ colours them when a parent forces colour).
        "PYTHON_COLORS": "0",
        "MPGUIDE_RUN_ID": uuid.uuid4().hex[:8],
        **(env or {}),
    }
    with tempfile.TemporaryDirectory(prefix="mpguide-") as scratch:
        results_file = Path(scratch) / "results.json"
        child_env["MPGUIDE_STACKS"] = scratch
        run = _run(
            script,
            name=name,
            args=tuple(args),
            hidden_args=("--json", str(results_file)) if results else (),
            python=python,
            timeout=timeout,
            child_env=child_env,
            extra_env=env or {},
            root=root,
        )
        if results and run.returncode == 0:
            if not results_file.exists():
                raise ExampleFailed(
                    f"examples/{name} was run with --json but wrote no results"
                )
            data = json.loads(results_file.read_text(encoding="utf-8"))
            run = replace(run, results=data)
    _log_execution(run)
    return run


def _run(
    script: Path,
    *,
    name: str,
    args: tuple[str, ...],
    hidden_args: tuple[str, ...],
    python: str | None,
    timeout: float,
    child_env: dict[str, str],
    extra_env: dict[str, str],
    root: Path,
) -> ExampleRun:
    start = time.perf_counter()
    with subprocess.Popen(
        [python or sys.executable, str(script), *args, *hidden_args],
        cwd=root,
        env=child_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            stdout, stderr = _dump_stacks_and_kill(process)
            raise ExampleFailed(
                f"examples/{name} timed out after {timeout:g} s and was killed\n"
                f"--- stdout ---\n{stdout}--- stderr ---\n{stderr}"
                f"--- Python stacks at the timeout ---\n"
                f"{_stacks(Path(child_env['MPGUIDE_STACKS']))}"
            ) from None
    return ExampleRun(
        name=name,
        args=tuple(args),
        env=tuple(sorted(extra_env.items())),
        run_id=child_env["MPGUIDE_RUN_ID"],
        returncode=process.returncode,
        stdout=stdout,
        stderr=stderr,
        seconds=time.perf_counter() - start,
        pid=process.pid,
    )


def _stacks(folder: Path) -> str:
    """The stack dumps the run's processes wrote, one section per process."""
    dumps = [
        f"process {path.stem}:\n{text}"
        for path in sorted(folder.glob("*.txt"), key=lambda p: int(p.stem))
        if (text := path.read_text(encoding="utf-8", errors="replace"))
    ]
    return "\n".join(dumps) or "(no process wrote its stacks)\n"


def _dump_stacks_and_kill(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Ask every process of the run for its stacks, then kill them all.

    A hang must never be silent: the stacks show where each process waited.
    """
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGUSR1)
    try:
        # Not a synchronisation: the dumps go to the pipe we are reading.
        return process.communicate(timeout=_DUMP_GRACE)
    except subprocess.TimeoutExpired:
        pass
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return process.communicate()


def show_example(
    name: str,
    *args: str,
    expect_returncode: int = 0,
    timeout: float = DEFAULT_TIMEOUT,
    env: dict[str, str] | None = None,
    results: bool = False,
) -> ExampleRun:
    """Run an example and print it as a terminal transcript for a docs page.

    The child's stdout is printed to stdout and its stderr to stderr, so the
    page shows them as separate blocks, followed by the exit status and the
    machine stamp. An unexpected exit status raises :class:`ExampleFailed`
    with the child's output, which fails the documentation build.
    """
    run = run_example(name, *args, timeout=timeout, env=env, results=results)
    if run.returncode != expect_returncode:
        raise ExampleFailed(
            f"$ {run.command}\nexited with status {run.returncode}, "
            f"expected {expect_returncode}\n"
            f"--- stdout ---\n{run.stdout}--- stderr ---\n{run.stderr}"
        )
    print(f"$ {run.command}\n{run.stdout}", end="", flush=True)
    if run.stderr:
        print(run.stderr, end="", file=sys.stderr, flush=True)
    print(
        f"[exit status {run.returncode} · {machine_stamp(run.start_method)}]",
        flush=True,
    )
    return run


class Markdown(str):
    """Text that notebook front ends (and myst-nb) render as Markdown."""

    def _repr_markdown_(self) -> str:
        return str(self)


def outputs_note() -> Markdown:
    """The note at the top of each executed page: when, where, what varies."""
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    commit = os.environ.get("MPGUIDE_COMMIT")
    source = f" from commit {commit}" if commit else ""
    return Markdown(
        f"*Every output on this page was produced when the page was built{source}, "
        f"on {today}, by {machine_stamp()}. Process IDs, timings and the order of "
        f"lines from concurrent processes will differ on your machine.*"
    )
