"""Time CPU-bound, GIL-releasing and I/O-bound jobs on threads and on processes.

For each job the table shows the best of three runs serially, on a thread pool
and on a process pool (start-up included), and each one's speed-up over serial.
"""

import argparse
import json
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from mpguide.gil import hash_zeros
from mpguide.workers import count_primes, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--workers", type=int, default=2, help="threads or processes")
    parser.add_argument("--tasks", type=int, default=4, help="tasks in each job")
    parser.add_argument("--scale", type=float, default=1.0, help="size of each task")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    n = options.workers
    jobs = [  # pure Python holds the GIL; hashlib and waiting release it
        (count_primes, int(250_000 * options.scale)),
        (hash_zeros, int(256 * options.scale)),
        (wait_for_io, 0.25 * options.scale),
    ]
    pools = {
        "threads": lambda: ThreadPoolExecutor(n),
        "processes": lambda: ProcessPoolExecutor(n, mp_context=ctx),
    }
    print(f"{options.tasks} tasks per job, {n} workers, {options.start_method}")
    print(f"{'job':<22}{'serial':>10}{'threads':>10}{'processes':>10}")
    by_job = {}
    for task, size in jobs:
        tasks = [size] * options.tasks
        best = dict.fromkeys(["serial", *pools], float("inf"))
        for _ in range(3):  # take turns, keep each way's fastest run
            start = time.perf_counter()
            expected = [task(t) for t in tasks]
            best["serial"] = min(best["serial"], time.perf_counter() - start)
            for way, make_pool in pools.items():
                start = time.perf_counter()
                with make_pool() as pool:  # start-up and shutdown count too
                    answers = list(pool.map(task, tasks, timeout=120))
                best[way] = min(best[way], time.perf_counter() - start)
                if answers != expected:
                    raise SystemExit(f"{way} got {answers}, serial got {expected}")
        speedup = {way: best["serial"] / seconds for way, seconds in best.items()}
        by_job[task.__name__] = {"seconds": best, "speedup": speedup}
        label = f"{task.__name__}({size})"
        print(f"{label:<22}" + "".join(f"{s:>9.2f}s" for s in best.values()))
        print(f"{'  speed-up':<22}" + "".join(f"{x:>9.2f}x" for x in speedup.values()))
    if options.json:
        Path(options.json).write_text(json.dumps({"workers": n, "jobs": by_job}))


if __name__ == "__main__":
    main()
