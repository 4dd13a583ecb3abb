"""Time CPU-bound, GIL-releasing and I/O-bound jobs on threads and on processes.

Serially, on a thread pool and on a process pool (start-up included), taking turns
for a few rounds: each one's median time and median speed-up over serial.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from operator import truediv
from pathlib import Path

from mpguide.tasks import count_primes, hash_zeros, wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--workers", type=int, default=2, help="threads or processes")
    parser.add_argument("--budget", type=float, default=0.5, help="serial s per job")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each way")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    n = options.workers
    pools = {
        "threads": lambda: ThreadPoolExecutor(n),
        "processes": lambda: ProcessPoolExecutor(n, mp_context=ctx),
    }
    print(f"{n} workers, {options.start_method}; median seconds (speed-up)")
    print(f"{'job':<28}{'serial':>14}{'threads':>14}{'processes':>14}")
    by_job = {}
    # Pure Python holds the GIL; hashlib and waiting release it.
    for task, size in [(count_primes, 50_000), (hash_zeros, 32), (wait_for_io, 0.05)]:
        start = time.perf_counter()  # size the job by time: about --budget serially
        task(size)
        tasks = (
            [size]
            * n
            * max(1, round(options.budget / n / (time.perf_counter() - start)))
        )
        rounds = {way: [] for way in ["serial", *pools]}
        for _ in range(options.rounds):  # take turns: load hits every way alike
            start = time.perf_counter()
            expected = [task(t) for t in tasks]
            rounds["serial"].append(time.perf_counter() - start)
            for way, make_pool in pools.items():
                start = time.perf_counter()
                with make_pool() as pool:  # start-up and shutdown count too
                    answers = list(pool.map(task, tasks, timeout=120))
                rounds[way].append(time.perf_counter() - start)
                if answers != expected:
                    raise SystemExit(f"{way} got {answers}, serial got {expected}")
        by_job[task.__name__] = {"tasks": len(tasks), "size": size, "rounds": rounds}
        cells = [
            f"{statistics.median(s):.2f}s "
            f"({statistics.median(map(truediv, rounds['serial'], s)):.2f}x)"
            for s in rounds.values()
        ]
        label = f"{len(tasks)} x {task.__name__}({size})"
        print(f"{label:<28}" + "".join(f"{c:>14}" for c in cells))
    if options.json:
        Path(options.json).write_text(json.dumps({"workers": n, "jobs": by_job}))


if __name__ == "__main__":
    main()
