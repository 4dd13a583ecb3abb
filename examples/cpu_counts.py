"""Ask Python how many CPUs there are, and how many workers a pool starts.

Prints every CPU count (None: this Python lacks the function) and the size of a
default Pool(), here and in a child process restricted to one CPU.
"""

import argparse
import json
import multiprocessing
import os
import sys
from pathlib import Path

START_METHODS = multiprocessing.get_all_start_methods()


def cpu_counts(ctx) -> dict:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux only
    process_cpu_count = getattr(os, "process_cpu_count", None)  # new in 3.13
    counts = {
        "os.cpu_count()": os.cpu_count(),  # installed
        "multiprocessing.cpu_count()": multiprocessing.cpu_count(),  # installed
        "len(os.sched_getaffinity(0))": affinity and len(affinity(0)),  # allowed
        "os.process_cpu_count()": process_cpu_count and process_cpu_count(),
    }
    with ctx.Pool():  # a Pool starts all its workers at once: count them
        counts["Pool() workers"] = len(multiprocessing.active_children())
    return counts


def in_one_cpu(queue, start_method) -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # this process only
    queue.put(cpu_counts(multiprocessing.get_context(start_method)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
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
    if options.json:
        results = {"counts": counts, "restricted": restricted}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
