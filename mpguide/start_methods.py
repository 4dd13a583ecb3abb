"""Workers and a timer for the start-methods page.

The module holds one piece of module-level state, :data:`setting`, so that an
example can change it in the parent and ask a child what it sees: a *fork*
child gets a copy of the parent's memory, while *spawn* and *forkserver*
children import this module afresh and see the import-time value.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import threading
import time
from multiprocessing.context import BaseContext
from typing import Any, Protocol

from mpguide.checks import check_int, check_seconds

__all__ = [
    "IMPORT_TIME_SETTING",
    "change_setting",
    "do_nothing",
    "other_start_method",
    "report_state",
    "seconds_per_start",
    "setting",
]

#: The value :data:`setting` has right after ``import mpguide.start_methods``.
IMPORT_TIME_SETTING = "set at import"

#: Module-level state that :func:`change_setting` rebinds in one process only.
setting: str = IMPORT_TIME_SETTING


class _Sender(Protocol):
    def send(self, obj: Any) -> None:
        """Send *obj* to the other end."""


def change_setting(value: str) -> None:
    """Rebind :data:`setting` in *this* process to *value*.

    >>> import mpguide.start_methods as sm
    >>> sm.change_setting("changed"); sm.setting
    'changed'
    >>> sm.change_setting(sm.IMPORT_TIME_SETTING)
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
    global setting  # noqa: PLW0603 - module state is what this demonstrates
    setting = value


def report_state(connection: _Sender) -> None:
    """Send what this process sees over *connection*: setting, threads, PID.

    The report is a dict with keys ``setting`` (this module's
    :data:`setting`), ``threads`` (:func:`threading.active_count`) and
    ``pid``. *connection* is typically the sending end of a
    :func:`multiprocessing.Pipe`.
    """
    if not callable(getattr(connection, "send", None)):
        raise TypeError(
            f"connection must have a send() method, not {type(connection).__name__}"
        )
    connection.send(
        {
            "setting": setting,
            "threads": threading.active_count(),
            "pid": os.getpid(),
        }
    )


def do_nothing() -> None:
    """Return at once: a child whose whole cost is being started.

    >>> do_nothing()
    """


def _start_and_join(ctx: BaseContext, processes: int, timeout: float) -> float:
    """Seconds per process to start *processes* children and join them all."""
    start = time.perf_counter()
    # typeshed gives Process to the concrete contexts only, not BaseContext.
    process_class = ctx.Process  # type: ignore[attr-defined]
    children = [process_class(target=do_nothing) for _ in range(processes)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=timeout)
    elapsed = time.perf_counter() - start
    stuck = [child for child in children if child.is_alive()]
    for child in stuck:
        child.kill()
        child.join()
    failed = [child.exitcode for child in children if child.exitcode != 0]
    for child in children:
        child.close()
    if failed:
        raise RuntimeError(f"{len(failed)} trivial children failed: {failed}")
    return elapsed / processes


def seconds_per_start(
    ctx: BaseContext, *, processes: int = 20, repeat: int = 5, timeout: float = 60
) -> float:
    """Median seconds per process to start and join trivial children.

    Each of *repeat* rounds starts *processes* children of
    :func:`do_nothing` with *ctx*, then joins them all; the round's time is
    divided by *processes*, and the median over rounds is returned. One
    untimed child runs first, so one-off costs (starting the fork server, the
    resource tracker) are left out.

    >>> import multiprocessing
    >>> seconds_per_start(multiprocessing.get_context(), processes=1, repeat=1) > 0
    True
    """
    if not isinstance(ctx, BaseContext):
        raise TypeError(
            f"ctx must be a multiprocessing context, not {type(ctx).__name__}"
        )
    processes = check_int("processes", processes, minimum=1)
    repeat = check_int("repeat", repeat, minimum=1)
    check_seconds("timeout", timeout)
    _start_and_join(ctx, 1, timeout)  # warm-up, not timed
    return statistics.median(
        _start_and_join(ctx, processes, timeout) for _ in range(repeat)
    )


def other_start_method(method: str) -> str:
    """An available start method different from *method*, if there is one.

    Where *method* is the only one (Windows offers only spawn), *method*
    itself is returned.

    >>> other_start_method("spawn") != "spawn" or len(
    ...     multiprocessing.get_all_start_methods()) == 1
    True
    """
    if not isinstance(method, str):
        raise TypeError(f"method must be a str, not {type(method).__name__}")
    available = multiprocessing.get_all_start_methods()
    if method not in available:
        raise ValueError(
            f"start method {method!r} is not available here "
            f"(available: {', '.join(available)})"
        )
    others = [name for name in available if name != method]
    return others[0] if others else method
