"""Ask Python how many CPUs there are, and how many workers a pool starts.

The script prints every CPU count this Python offers and the size of a default
Pool(), here and in a child process restricted to one CPU (None: this Python
lacks the function), then the cgroup CPU quota if it finds one.
"""

import argparse
import json
import multiprocessing
import os
import sys
from pathlib import Path


def cpu_counts(ctx: multiprocessing.context.BaseContext) -> dict:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux only
    process_cpu_count = getattr(os, "process_cpu_count", None)  # new in 3.13
    counts = {
        "os.cpu_count()": os.cpu_count(),  # installed
        "multiprocessing.cpu_count()": multiprocessing.cpu_count(),  # installed
        "len(os.sched_getaffinity(0))": affinity and len(affinity(0)),  # allowed
        "os.process_cpu_count()": process_cpu_count and process_cpu_count(),
    }
    before = set(multiprocessing.active_children())
    with ctx.Pool() as pool:  # a Pool starts all its workers at once: count them
        counts["Pool() workers"] = len(set(multiprocessing.active_children()) - before)
        pool.close()
        pool.join()
    return counts


def cgroup_quota() -> tuple:
    """(file, CPUs of time it grants or None for no quota), or (None, None)."""
    v2 = Path("/sys/fs/cgroup/cpu.max")  # "QUOTA PERIOD", QUOTA "max" for none
    v1 = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")  # -1 for none
    if v2.exists():
        quota, period = v2.read_text().split()
        return str(v2), None if quota == "max" else int(quota) / int(period)
    if v1.exists():
        quota, period = v1.read_text(), v1.with_name("cpu.cfs_period_us").read_text()
        return str(v1), None if int(quota) == -1 else int(quota) / int(period)
    return None, None


def in_one_cpu(queue: multiprocessing.Queue, start_method: str) -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # this process only
    queue.put(cpu_counts(multiprocessing.get_context(start_method)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the counts to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    print(f"Python {sys.version.split()[0]} on {sys.platform},", end=" ")
    print(f"PYTHON_CPU_COUNT={os.environ.get('PYTHON_CPU_COUNT', '(not set)')}")
    counts = cpu_counts(ctx)
    restricted = {}
    if hasattr(os, "sched_setaffinity"):  # Linux; not macOS or Windows
        queue = ctx.Queue()
        child = ctx.Process(target=in_one_cpu, args=(queue, options.start_method))
        child.start()
        restricted = queue.get(timeout=60)  # drain before joining
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"the restricted child exited with {child.exitcode}")
    print(f"{'':<30}{'here':>6}{'in a child on one CPU':>23}")
    for name, value in counts.items():
        print(f"{name:<30}{value!s:>6}{restricted.get(name, '-')!s:>23}")
    source, quota = cgroup_quota()
    print("cgroup CPU quota:", "none" if quota is None else f"{quota:g} CPUs", end=" ")
    print(f"({source or 'no cgroup CPU files found'})")
    if options.json:
        results = {"counts": counts, "restricted": restricted, "quota": [source, quota]}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
