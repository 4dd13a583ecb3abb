"""Workers for the start-methods page: a child that reports, a child that does nothing.

:data:`setting` is module-level state. An example changes it in the parent
and asks a child what it sees: a *fork* child starts as a copy of the
parent's memory, change included, while *spawn* and *forkserver* children
import this module afresh and see the value it has at import.
"""

import os
import threading
from multiprocessing.connection import Connection

#: Module-level state; the value here is what a freshly imported module has.
setting = "set at import"


def report_state(connection: Connection) -> None:
    """Send what this process sees over *connection*.

    The report is a dict: this module's ``setting``, the number of threads
    running, and the PID.
    """
    connection.send(
        {"setting": setting, "threads": threading.active_count(), "pid": os.getpid()}
    )


def do_nothing() -> None:
    """Return at once: a child whose whole cost is being started.

    >>> do_nothing()
    """
