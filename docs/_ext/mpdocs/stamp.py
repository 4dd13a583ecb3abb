"""Say which machine and Python produced an output.

Every executed output in the guide carries this stamp, because a timing or a
PID means little without knowing where it came from.
"""

from __future__ import annotations

import multiprocessing
import os
import platform
import sysconfig

__all__ = ["machine_stamp", "usable_cpus"]


def usable_cpus() -> int:
    """The number of CPUs this process may run on, not the machine's total.

    ``os.process_cpu_count()`` (new in 3.13) answers exactly this and honours
    ``PYTHON_CPU_COUNT``; before 3.13 the CPU affinity mask is the closest
    answer, where the platform has one.
    """
    process_cpu_count = getattr(os, "process_cpu_count", None)
    if process_cpu_count is not None:
        count = process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):
        count = len(os.sched_getaffinity(0))
    else:
        count = os.cpu_count()
    return count or 1


def machine_stamp(start_method: str | None = None) -> str:
    """One line naming the Python, platform, usable CPUs and start method.

    >>> machine_stamp("spawn").count(" · ")
    3
    """
    if start_method is not None and (
        start_method not in multiprocessing.get_all_start_methods()
    ):
        raise ValueError(f"unknown start method {start_method!r}")
    python = f"{platform.python_implementation()} {platform.python_version()}"
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        python += " (free-threaded build)"
    cpus = usable_cpus()
    parts = [
        python,
        f"{platform.system()} {platform.machine()}",
        f"{cpus} usable CPU{'s' if cpus != 1 else ''}",
    ]
    if start_method is not None:
        parts.append(f"start method {start_method}")
    return " · ".join(parts)
