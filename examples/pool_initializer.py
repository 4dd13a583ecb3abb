"""A per-worker initializer, and maxtasksperchild retiring workers.

init_worker() sets a module global once in every worker the pool starts. With
maxtasksperchild=2 each worker retires after two tasks: new PIDs appear, and
their task counts start again at 1.
"""

import argparse
import multiprocessing
from collections import Counter

from mpguide.worker_state import init_worker, worker_report

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    for maxtasks in (None, 2):
        print(f"Pool(2, initializer=init_worker, maxtasksperchild={maxtasks}):")
        with ctx.Pool(2, init_worker, ("ready",), maxtasksperchild=maxtasks) as pool:
            # chunksize=1: maxtasksperchild counts tasks, and a chunk of a map
            # is one task, however many items it holds.
            rows = pool.map_async(worker_report, range(6), chunksize=1).get(timeout=60)
            pool.close()
            pool.join()
        for task, pid, label, count in rows:
            print(f"  task {task}: pid {pid}, label {label!r}, its task #{count}")
        per_worker = Counter(pid for _, pid, _, _ in rows)
        print("  tasks per worker process:", sorted(per_worker.values()))


if __name__ == "__main__":
    main()
