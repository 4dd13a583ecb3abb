"""Error messages as every CPython found here prints them, and their quotes.

:data:`LESSONS` names the example runs the page makes and :data:`MESSAGES` says
where in each run's output a message is (a stream and regular expressions
that pick out its lines). The page runs every lesson under every supported
CPython this machine has (:func:`find_pythons`, the noxfile's approach), all
at once (:func:`run_lessons`), then shows each message with :func:`show_message`:
one block per distinct text, labelled with the versions that printed it.

A builder with one Python (Read the Docs) cannot run the others, so the other
versions' texts come from ``docs/_data/error_messages.json``, written by
``tools/record_error_messages.py`` from real runs and checked against a real
run on each Python by ``tests/test_error_messages.py``; the page labels them
as quotes checked by the test suite. Texts are compared after
:func:`normalize`, which masks what differs from run to run (addresses,
process IDs, paths, generated names, the carets of 3.11+ tracebacks).
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mpdocs.runner import ExampleFailed, ExampleRun, Markdown, run_example

__all__ = [
    "LESSONS",
    "MESSAGES",
    "QUOTES_FILE",
    "Lesson",
    "Message",
    "extract",
    "find_pythons",
    "load_quotes",
    "normalize",
    "run_lessons",
    "show_message",
]

#: The CPython versions the guide supports, oldest first.
SUPPORTED = ("3.10", "3.11", "3.12", "3.13", "3.14")
QUOTES_FILE = Path(__file__).resolve().parents[2] / "_data" / "error_messages.json"
#: Shown between two parts of a message when lines between them are left out.
ELISION = "⋮"


@dataclass(frozen=True)
class Lesson:
    """One run of an example: the script, its arguments, its exit status."""

    script: str
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    returncode: int = 0


@dataclass(frozen=True)
class Message:
    """Where a message is in a lesson's output.

    Each of *patterns* is a regular expression (multiline mode) that must
    match once in *stream*; the matched texts, in order, make the message,
    with :data:`ELISION` between them.
    """

    lesson: str
    patterns: tuple[str, ...]
    stream: str = "stdout"


def _block(label: str) -> str:
    """The lines an ``*_errors.py`` lesson prints under ``label:``."""
    return rf"^{re.escape(label)}:\n(?:(?![\w.-]+:$).+(?:\n|\Z))+"


def _errors(lesson: str, labels: Iterable[tuple[str, str]]) -> dict[str, Message]:
    return {key: Message(lesson, (_block(label),)) for key, label in labels}


LESSONS: dict[str, Lesson] = {
    "pickling": Lesson("pickling_errors.py", ("--start-method", "spawn")),
    "process": Lesson("process_errors.py", ("--start-method", "spawn")),
    "pool": Lesson("pool_errors.py", ("--start-method", "spawn")),
    # fork: max_tasks_per_child refuses it, and the rest do not care.
    "executor": Lesson("executor_errors.py", ("--start-method", "fork")),
    "queue-pipe": Lesson("queue_pipe_errors.py", ("--start-method", "spawn")),
    "manager": Lesson("manager_errors.py", ("--start-method", "spawn")),
    "sync": Lesson("sync_errors.py", ("--start-method", "spawn")),
    "shared-memory": Lesson("shared_memory_errors.py"),
    "open-files": Lesson("open_files_limit.py"),
    "leaked-semaphore": Lesson("broken/leaked_semaphore.py"),
    "leaked-shared-memory": Lesson("broken/leaked_shared_memory.py", returncode=1),
    "no-main-guard": Lesson("broken/no_main_guard.py"),
    "interactive": Lesson("interactive_main.py"),
    "fork-threads": Lesson(
        "fork_held_lock.py",
        ("--start-method", "fork"),
        env=(("PYTHONWARNINGS", "default"),),
    ),
    "authkey": Lesson("listener_authkey.py", ("--start-method", "spawn")),
    "nested-pool": Lesson("nested_pool.py", ("--start-method", "spawn")),
    "executor-broken": Lesson("executor_broken.py", ("--start-method", "spawn")),
    "start-method-set": Lesson("start_method_unset.py"),
    "worker-exception": Lesson("failure_exceptions.py", ("--start-method", "spawn")),
}

_TRACKER = r"^.*UserWarning: resource_tracker: There appear to be \d+ leaked {} .*$"

MESSAGES: dict[str, Message] = {
    **_errors(
        "pickling",
        [
            ("pickle-lambda", "lambda"),
            ("pickle-local", "local-function"),
            ("pickle-thread-lock", "queue.Queue"),
            ("pickle-sqlite", "sqlite3"),
            ("pickle-generator", "generator"),
            ("pickle-file", "open-file"),
            ("pickle-process", "process"),
            ("inherit-queue", "mp-queue"),
            ("inherit-lock", "mp-lock"),
            ("pickle-pool", "pool"),
        ],
    ),
    **_errors(
        "process",
        [
            ("start-twice", "start-twice"),
            ("join-unstarted", "join-before-start"),
            ("close-running", "close-while-running"),
            ("process-closed", "use-after-close"),
        ],
    ),
    **_errors(
        "pool",
        [
            ("pool-not-running", "use-after-with"),
            ("pool-still-running", "join-while-running"),
            ("pool-timeout", "result-too-late"),
            ("maybe-encoding", "unpicklable-result"),
        ],
    ),
    **_errors(
        "executor",
        [
            ("after-shutdown", "submit-after-with"),
            ("future-timeout", "result-too-late"),
            ("as-completed-timeout", "as-completed-too-late"),
            ("max-tasks-fork", "max-tasks-with-fork"),
        ],
    ),
    "initializer": Message(
        "executor",
        (
            r"^Exception in initializer:\nTraceback \(most recent call last\):$",
            r"^ConnectionError: could not reach the database$",
        ),
        stream="stderr",
    ),
    **_errors(
        "queue-pipe",
        [
            ("task-done", "task-done-twice"),
            ("queue-empty", "get-from-empty"),
            ("queue-full", "put-into-full"),
            ("queue-closed", "put-after-close"),
            ("pipe-eof", "recv-from-gone-sender"),
            ("handle-closed", "send-on-closed"),
        ],
    ),
    **_errors(
        "manager",
        [
            ("manager-broken-pipe", "use-after-shutdown"),
            ("manager-gone", "connect-after-shutdown"),
        ],
    ),
    **_errors(
        "sync",
        [
            ("released-too-many", "release-unlocked"),
            ("rlock-not-owned", "release-others-rlock"),
            ("condition-not-acquired", "wait-without-lock"),
            ("broken-barrier", "barrier-short-of-parties"),
        ],
    ),
    **_errors(
        "shared-memory",
        [
            ("shm-not-found", "attach-after-unlink"),
            ("shm-exists", "create-existing"),
            ("shm-exported", "close-while-viewed"),
        ],
    ),
    "too-many-files": Message("open-files", (r"^OSError: \[Errno 24\] .*$",)),
    "leaked-semaphore": Message(
        "leaked-semaphore", (_TRACKER.format("semaphore"),), stream="stderr"
    ),
    "leaked-shared-memory": Message(
        "leaked-shared-memory", (_TRACKER.format("shared_memory"),), stream="stderr"
    ),
    "bootstrapping": Message(
        "no-main-guard", (r"^RuntimeError: (?:\n(?:[ \t].*)?)+",), stream="stderr"
    ),
    "cant-get-attribute": Message(
        "interactive", (r"^worker error: AttributeError: Can't get attribute .*$",)
    ),
    "fork-threads": Message(
        "fork-threads",
        (r"^.*DeprecationWarning: This process \(pid=\d+\) is multi-threaded.*\n.*$",),
        stream="stderr",
    ),
    "auth-received": Message("authkey", (r"^server: refused a client: .*$",)),
    "auth-sent": Message("authkey", (r"^client: wrong key rejected: .*$",)),
    "daemonic": Message("nested-pool", (r"^Pool worker: AssertionError: .*$",)),
    "broken-pool": Message(
        "executor-broken", (r"^worker died: BrokenProcessPool: .*$",)
    ),
    "context-set": Message(
        "start-method-set", (r"^set_start_method\('spawn'\) -> RuntimeError: .*$",)
    ),
    "remote-traceback": Message(
        "worker-exception",
        (
            (
                r'^multiprocessing\.pool\.RemoteTraceback: \n"""\n'
                r"Traceback \(most recent call last\):$"
            ),
            r"^The above exception was the direct cause of the following exception:$",
            r"^  __cause__: <class 'concurrent\.futures\.process\._RemoteTraceback'>$",
        ),
    ),
    "process-traceback": Message(
        "worker-exception",
        (
            r"^Process parser:\nTraceback \(most recent call last\):$",
            r"^ValueError: invalid literal for int\(\) with base 10: 'seven'$",
        ),
        stream="stderr",
    ),
}

# --- Finding the Pythons ---------------------------------------------------------


def _works(executable: str) -> bool:
    try:
        done = subprocess.run(
            [executable, "-c", "import sys; sys.exit(0)"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _find_interpreter(version: str) -> str | None:
    """A working ``pythonX.Y``: on PATH, else in pyenv's versions folder.

    The noxfile's search: pyenv's shims on PATH exist for every version but
    fail for the ones not selected, so a name on PATH counts only if it runs.
    """
    on_path = shutil.which(f"python{version}")
    if on_path and _works(on_path):
        return on_path
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(
        root.glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(n) for n in p.parts[-3].split(".") if n.isdigit()],
    )
    for candidate in reversed(candidates):
        if _works(str(candidate)):
            return str(candidate)
    return None


def find_pythons() -> dict[str, str]:
    """``{"3.10": executable, ...}``: every supported CPython found here.

    The interpreter running this code stands for its own version.
    """
    own = f"{sys.version_info.major}.{sys.version_info.minor}"
    found = {}
    for version in SUPPORTED:
        executable = sys.executable if version == own else _find_interpreter(version)
        if executable:
            found[version] = executable
    return found


def full_version(executable: str) -> str:
    """``3.12.1``: the exact version of the Python at *executable*."""
    if executable == sys.executable:
        return platform.python_version()
    done = subprocess.run(
        [executable, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout.strip()


# --- Running the lessons ---------------------------------------------------------


@dataclass(frozen=True)
class Runs:
    """Every lesson's run under every Python, keyed ``(lesson, "3.12")``."""

    runs: Mapping[tuple[str, str], ExampleRun]
    #: ``{"3.12": "3.12.1"}`` for each Python that ran.
    versions: Mapping[str, str]


def run_lesson(lesson: Lesson, python: str | None = None) -> ExampleRun:
    """Run one lesson; raise :class:`ExampleFailed` on another exit status."""
    run = run_example(
        lesson.script, *lesson.args, python=python, env=dict(lesson.env) or None
    )
    if run.returncode != lesson.returncode:
        raise ExampleFailed(
            f"$ {run.command} ({python or sys.executable})\nexited with status "
            f"{run.returncode}, expected {lesson.returncode}\n"
            f"--- stdout ---\n{run.stdout}--- stderr ---\n{run.stderr}"
        )
    return run


def run_lessons(
    pythons: Mapping[str, str] | None = None,
    lessons: Iterable[str] | None = None,
    workers: int = 6,
) -> Runs:
    """Run each lesson under each Python, several runs at a time.

    Most lessons spend their time waiting (for a timeout, a child to start),
    so a few at once take far less time than one after the other; none of
    them measures anything that a busy machine would change.
    """
    pythons = dict(pythons if pythons is not None else find_pythons())
    names = list(lessons if lessons is not None else LESSONS)
    jobs = [(name, version) for name in names for version in pythons]
    with ThreadPoolExecutor(workers) as pool:
        futures = {
            job: pool.submit(run_lesson, LESSONS[job[0]], pythons[job[1]])
            for job in jobs
        }
        runs = {job: future.result() for job, future in futures.items()}
    versions = {v: full_version(executable) for v, executable in pythons.items()}
    return Runs(runs=runs, versions=versions)


# --- Picking out and comparing messages ------------------------------------------


def extract(run: ExampleRun, message: Message) -> str | None:
    """The message's lines in *run*, or ``None`` if the run did not print it.

    Either every pattern matches or none does; anything between is an error,
    because it means a pattern no longer fits the lesson's output.
    """
    text = run.stdout if message.stream == "stdout" else run.stderr
    found = [re.search(p, text, re.MULTILINE) for p in message.patterns]
    if not any(found):
        return None
    missing = [p for p, match in zip(message.patterns, found, strict=True) if not match]
    if missing:
        raise ExampleFailed(
            f"{run.command}: {message.stream} has part of a message but not "
            f"{missing}\n--- {message.stream} ---\n{text}"
        )
    parts = [match[0].rstrip() for match in found if match]
    return f"\n{ELISION}\n".join(parts)


_MASKS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x…"),
    (re.compile(r"pid=\d+"), "pid=…"),
    (re.compile(r"psm_\w+"), "psm_…"),
    (re.compile(r"/mp-[\w-]+"), "/mp-…"),
    (re.compile(r'File "[^"]*"'), 'File "…"'),
    (re.compile(r"\bline \d+"), "line …"),
    # A warning's location: /path/to/module.py:123: SomeWarning:
    (re.compile(r"^\S+\.py:\d+: (?=\w+Warning:)", re.MULTILINE), "…: "),
    # 3.11+ point at the failing expression with a line of ^ and ~ only.
    (re.compile(r"^[ \t]*[~^]+[ \t~^]*\n", re.MULTILINE), ""),
]


def normalize(text: str) -> str:
    """*text* with what changes from run to run masked, for comparisons.

    >>> normalize("<function f at 0x7f3c6dcb32e0> (pid=4242)")
    '<function f at 0x…> (pid=…)'
    """
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


def messages_of(runs: Runs) -> dict[str, dict[str, str | None]]:
    """``{message: {"3.12": text or None}}`` for every message and Python."""
    return {
        key: {
            version: extract(runs.runs[message.lesson, version], message)
            for version in runs.versions
        }
        for key, message in MESSAGES.items()
        if any((message.lesson, v) in runs.runs for v in runs.versions)
    }


def load_quotes(path: Path = QUOTES_FILE) -> dict[str, Any]:
    """The recorded texts: ``{"recorded_with": {...}, "messages": {...}}``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# --- Showing a message -----------------------------------------------------------


def _versions(names: Iterable[str]) -> str:
    return " · ".join(names)


def _fenced(text: str) -> str:
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall("`+", text)), default=0))
    return f"{fence}text\n{text}\n{fence}"


def show_message(
    runs: Runs, key: str, quotes: Mapping[str, Any] | None = None
) -> Markdown:
    """The message *key* as each Python printed it, one block per distinct text.

    A block comes from this build's run of the newest Python that printed
    that text. A supported version this build did not run is quoted from the
    recorded texts (the test suite checks them against real runs on that
    version): named beside a block with the same text, or shown as a quote.

    Raises :class:`ExampleFailed` when no Python printed the message, or when
    a Python printed it where the record says it does not (or the reverse).
    """
    message = MESSAGES[key]
    lesson = LESSONS[message.lesson]
    record = (quotes if quotes is not None else load_quotes())["messages"].get(key, {})
    texts = {
        version: extract(runs.runs[message.lesson, version], message)
        for version in runs.versions
        if (message.lesson, version) in runs.runs
    }
    if not any(texts.values()):
        raise ExampleFailed(f"no Python printed message {key!r}: {texts}")
    wrong = [
        version
        for version, text in texts.items()
        if version in record and (text is None) != (record[version] is None)
    ]
    if wrong:
        raise ExampleFailed(
            f"message {key!r}: printed or not, unlike the record, on {wrong}; "
            "run tools/record_error_messages.py"
        )
    groups: dict[str, list[str]] = {}
    for version, text in texts.items():
        if text is not None:
            groups.setdefault(normalize(text), []).append(version)
    quoted: dict[str, list[str]] = {}
    for version, text in record.items():
        if version not in texts and text is not None:
            quoted.setdefault(text, []).append(version)
    command = " ".join(["python", Path(lesson.script).name, *lesson.args])
    env = " ".join(f"{k}={v}" for k, v in lesson.env)
    ran = f"{env} {command}" if env else command
    blocks = []
    for normal, versions in groups.items():
        newest = versions[-1]
        label = f"CPython {_versions(runs.versions[v] for v in versions)}"
        label += f" · this build ran `{ran}`"
        same = quoted.pop(normal, [])
        if same:
            label += f" · the same on {_versions(same)}, checked by the test suite"
        blocks.append(f"*{label}*\n\n{_fenced(texts[newest] or '')}")
    for text, versions in quoted.items():
        label = f"Quoted, checked by the test suite on CPython {_versions(versions)}"
        label += ", not run by this build"
        blocks.append(f"*{label}*\n\n{_fenced(text)}")
    return Markdown("\n\n".join(blocks) + "\n")
