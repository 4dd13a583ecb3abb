"""Workers for shutting down: orphans, SIGTERM and hung tasks.

Child processes run these functions; under *spawn* and *forkserver* a child
finds a function by importing its module, so they live here rather than in
the example scripts.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event, Semaphore
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # ForkContext and ForkServerContext do not exist on Windows
    from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext

# --- Orphans: children whose parent is killed ----------------------------------


def long_task(
    label: str,
    answers: Queue[tuple[int, object]],
    alive: Connection,
    roll_call: Event | None,
    fix: Callable[[], str] | None,
) -> None:
    """Apply *fix*, put ``(pid, label)`` on *answers*, then work for a minute.

    If *roll_call* is set meanwhile, put ``(pid, "still running")`` on
    *answers*: proof that this process still runs. *alive* is only held, never used:
    its other end reads end-of-file once every process holding it has ended.
    """
    if fix is not None:
        label = f"{label} {fix()}"
    answers.put((os.getpid(), label))
    if roll_call is not None and roll_call.wait(timeout=60):
        answers.put((os.getpid(), "still running"))
    time.sleep(60)  # the rest of a long task


def start_children(
    ctx: SpawnContext | ForkContext | ForkServerContext,
    fixed: bool,
    answers: Queue[tuple[int, object]],
    alive: Connection,
    roll_call: Event,
) -> None:
    """The middle process: start a Process, a daemonic one and a Pool of two.

    All four run :func:`long_task` (the pool's workers as their initializer,
    so they are busy from the start). With *fixed*, each child first arranges
    to end when this process ends; there is then no roll call.
    """
    os.setpgid(0, 0)  # a process group of its own, which its children join
    watch, die = (watch_parent, die_with_parent) if fixed else (None, None)
    call = None if fixed else roll_call
    children = [
        ctx.Process(target=long_task, args=("Process", answers, alive, call, watch)),
        ctx.Process(
            target=long_task,
            args=("daemonic Process", answers, alive, call, die),
            daemon=True,
        ),
    ]
    for child in children:
        child.start()
    pool = ctx.Pool(2, long_task, ("Pool worker", answers, alive, call, watch))
    time.sleep(60)  # its own work; it is killed long before the end
    pool.terminate()


def watch_parent() -> str:
    """Exit this process as soon as its parent has ended (Python 3.8+).

    A thread waits on the parent's sentinel, which becomes ready when the
    parent has exited, however it ended.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        raise RuntimeError("watch_parent() is for child processes")

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)  # at once, no cleanup: nobody is left to use the work

    threading.Thread(target=watch, daemon=True).start()
    return "watching parent_process().sentinel"


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> str:
    """Linux only: have the kernel SIGKILL this process when its parent ends.

    The kernel watches the process that forked this one. Under *forkserver*
    that is the fork server, not the parent; then, and on other systems,
    this falls back to :func:`watch_parent`.
    """
    parent = multiprocessing.parent_process()
    if not sys.platform.startswith("linux"):
        return f"without PR_SET_PDEATHSIG on {sys.platform}, {watch_parent()}"
    if parent is None or os.getppid() != parent.pid:
        return f"without PR_SET_PDEATHSIG (forked by a fork server), {watch_parent()}"
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, ctypes.c_ulong(signal.SIGKILL)) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent.pid:  # the parent ended before prctl() ran
        os._exit(1)
    return "with PR_SET_PDEATHSIG"


# --- One hung task ---------------------------------------------------------------


def timed_task(
    task: int,
    seconds: float,
    started: Semaphore,
    results: Queue[tuple[int, float]],
) -> None:
    """Release *started*, work for *seconds*, then put ``(task, seconds)`` on *results*.

    A task given far more seconds than its caller allows stands for one that
    hangs: on a network call with no timeout, a lock, an endless loop.
    """
    started.release()
    time.sleep(seconds)  # stands for the work
    results.put((task, seconds))
