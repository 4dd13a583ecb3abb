"""Find what an example left behind: processes, semaphores, shared memory."""

from __future__ import annotations

import os
import re
import signal
import tempfile
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

SHM = Path("/dev/shm")
#: How long processes that are not our children (a resource tracker, a fork
#: server) may take to notice their parent is gone and exit.
GRACE_SECONDS = 10.0


def processes_in_session(session_id: int) -> list[int]:
    """PIDs of live processes in a session (Linux /proc; empty elsewhere)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # the process ended while we looked
            continue
        # After the command name: state, ppid, pgrp, session, ...
        state, session = fields[0], int(fields[3])
        if session == session_id and state != "Z":
            pids.append(int(stat.parent.name))
    return pids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for_pid_to_end(pid: int) -> bool:
    """Wait, bounded, for a process that is not our child; True if it ended."""
    deadline = time.monotonic() + GRACE_SECONDS
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(pid)


def shm_entries() -> set[str]:
    """Names in /dev/shm: POSIX semaphores (sem.*) and shared memory blocks."""
    return {p.name for p in SHM.iterdir()} if SHM.is_dir() else set()


def wait_for_session_to_end(session_id: int) -> list[int]:
    """Wait, bounded, for a session's processes to exit; kill and return stragglers.

    These processes are not our children, so there is nothing to join: polling
    /proc with a deadline is the only way to wait for them.
    """
    deadline = time.monotonic() + GRACE_SECONDS
    while (left := processes_in_session(session_id)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


def shm_in_use() -> set[str]:
    """Names in /dev/shm that some live process still has mapped.

    Semaphores and shared memory blocks are mmapped by the processes using
    them, so an entry mapped by a live process belongs to that process (say,
    another test run on the same machine), and is not a leak of ours.
    """
    names = set()
    for maps in Path("/proc").glob("[0-9]*/maps"):
        try:
            text = maps.read_text()
        except OSError:
            continue
        for line in text.splitlines():
            _, found, rest = line.partition(f"{SHM}/")
            if found:
                names.add(rest.split()[0])
    return names


#: The variable that makes an example run's processes note their PIDs.
LEAK_CHECK = "MPGUIDE_LEAK_CHECK"
#: joblib names its memory-mapping folders after the PID that made them.
JOBLIB_FOLDER = re.compile(r"^joblib_memmapping_folder_(\d+)_")


@contextmanager
def pid_record() -> Iterator[Path]:
    """A folder for the PIDs of the example runs started inside the block.

    Sets ``MPGUIDE_LEAK_CHECK`` to a new folder (``mpdocs.runner`` passes the
    environment on to the run, and its ``sitecustomize`` reads it), and puts
    everything back afterwards.
    """
    previous = os.environ.get(LEAK_CHECK)
    with tempfile.TemporaryDirectory(prefix="mpguide-pids-") as folder:
        os.environ[LEAK_CHECK] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop(LEAK_CHECK, None)
            else:
                os.environ[LEAK_CHECK] = previous


def run_pids(folder: Path) -> set[int]:
    """The PIDs of a run's processes, from the files sitecustomize left.

    With ``MPGUIDE_LEAK_CHECK`` set to *folder*, every Python process of an
    example run (the script, its children, a fork server and its children)
    creates an empty file there named after its PID.
    """
    return {int(p.name) for p in folder.iterdir() if p.name.isdigit()}


def leaked_shm(
    before: set[str], run_id: str, pids: Collection[int] = frozenset()
) -> list[str]:
    """Entries of /dev/shm that a run left behind, and no one else's.

    Only entries new since *before* count, and each is attributed to the run
    by its name, because other programs (another test run, another build)
    may be creating and removing their own at the same moment:

    * semaphores carry the run's id: ``sem.mp-<run id>-*`` (any other
      ``sem.*`` belongs to someone else);
    * shared memory blocks carry it too when the run had the leak check's
      name hook (*pids* not empty): ``psm_<run id>_*``; then any other
      ``psm_*`` is someone else's;
    * joblib's ``joblib_memmapping_folder_<pid>_*`` is the run's when *pid*
      is one of the run's processes (*pids*);
    * anything else, and everything when *pids* is empty (no record of the
      run's processes, so no attribution), counts when no live process has
      it mapped: an entry mapped by a live process is still in use by it.
    """
    new = shm_entries() - before
    attributed = bool(pids)
    ours, unknown = set(), set()
    for name in new:
        joblib = JOBLIB_FOLDER.match(name)
        if name.startswith("sem."):
            if name.startswith(f"sem.mp-{run_id}-"):
                ours.add(name)
        elif attributed and name.startswith("psm_"):
            if name.startswith(f"psm_{run_id}_"):
                ours.add(name)
        elif attributed and joblib:
            if int(joblib[1]) in pids:
                ours.add(name)
        else:
            unknown.add(name)
    if unknown:
        ours |= unknown - shm_in_use()
    return sorted(ours)
