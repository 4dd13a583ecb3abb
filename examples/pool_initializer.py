"""A per-worker initializer, and maxtasksperchild retiring workers.

init_worker() runs once in every worker the pool starts and sets a module
global in that process. With maxtasksperchild=2 each worker retires after two
tasks and the pool starts a fresh one, so new PIDs appear and every task
count starts again at 1.
"""

import multiprocessing
from collections import Counter

from mpguide.cli import example_parser
from mpguide.pools import init_worker, worker_report
from mpguide.results import publish

TASKS = 6


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    summary: dict[str, object] = {}
    for maxtasks in (None, 2):
        print(f"Pool(2, initializer=init_worker, maxtasksperchild={maxtasks}):")
        with ctx.Pool(
            processes=2,
            initializer=init_worker,
            initargs=("ready",),
            maxtasksperchild=maxtasks,
        ) as pool:
            # chunksize=1: maxtasksperchild counts tasks, and a chunk of a map
            # is one task, however many items it holds.
            reports = pool.map_async(worker_report, range(TASKS), chunksize=1)
            rows = reports.get(timeout=60)
            pool.close()
            pool.join()
        for task, pid, label, count in rows:
            print(
                f"  task {task}: worker pid {pid}, label {label!r}, its task #{count}"
            )
        per_pid = Counter(pid for _, pid, _, _ in rows)
        workers, most = len(per_pid), max(per_pid.values())
        noun = "process" if workers == 1 else "processes"
        print(f"  {workers} worker {noun} ran {TASKS} tasks, at most {most} each")
        summary[str(maxtasks)] = {"workers": workers, "most_tasks": most}
    publish(summary)


if __name__ == "__main__":
    main()
