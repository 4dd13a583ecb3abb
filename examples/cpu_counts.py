"""Ask Python how many CPUs there are, and how many a pool will use.

The script prints every CPU count this Python offers, the cgroup CPU quota if
it can read one, how many workers a default Pool() starts here, and then the
same counts seen from a child process restricted to a single CPU.
"""

import multiprocessing
import os
import sys

from mpguide.cli import example_parser
from mpguide.cpus import (
    cpu_counts,
    cpu_quota,
    default_executor_workers,
    put_restricted_counts,
    started_pool_workers,
)
from mpguide.results import publish


def show_counts(counts: dict[str, int | None]) -> None:
    for name, value in counts.items():
        shown = "not available on this Python/platform" if value is None else value
        print(f"  {name:<30} {shown}")


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    print(f"Python {sys.version.split()[0]} on {sys.platform}")
    print(f"PYTHON_CPU_COUNT={os.environ.get('PYTHON_CPU_COUNT', '(not set)')}")

    print("In this process:")
    counts = cpu_counts()
    counts["Pool() workers"] = started_pool_workers(ctx)
    show_counts(counts)
    # ProcessPoolExecutor may start its workers only as work arrives, so rather
    # than start one, print its documented default for this Python.
    executor_default = default_executor_workers()
    print(f"  {'ProcessPoolExecutor() max':<30} {executor_default}")

    quota = cpu_quota()
    print("cgroup CPU quota:", quota.describe() if quota else "no cgroup files found")

    restricted = None
    if hasattr(os, "sched_setaffinity"):
        one_cpu = frozenset({min(os.sched_getaffinity(0))})
        print(f"In a child restricted to CPU {min(one_cpu)}:")
        queue = ctx.Queue()
        child = ctx.Process(
            target=put_restricted_counts, args=(queue, one_cpu, options.start_method)
        )
        child.start()
        restricted = queue.get(timeout=60)  # drain before joining
        child.join(timeout=60)
        if child.exitcode != 0:
            sys.exit(f"the restricted child failed with exit code {child.exitcode}")
        show_counts(restricted)
    else:
        print(f"os.sched_setaffinity is not available on {sys.platform}")

    publish(
        {
            "counts": counts,
            "executor_default": executor_default,
            "quota_cpus": quota.cpus if quota else None,
            "quota_source": quota.source if quota else None,
            "restricted": restricted,
        }
    )


if __name__ == "__main__":
    main()
