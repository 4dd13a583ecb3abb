"""Run a pure-Python job and a hashing job on every executor that can compute.

Each job is a list of equal tasks, run serially, then on a thread pool, a
process pool and (Python 3.14+) an interpreter pool, each with one worker per
usable CPU. The table shows how many times faster than serial each model was,
pool start-up included; a model this Python lacks is reported with the reason.
"""

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
from pathlib import Path

from mpguide.gil import hash_zeros
from mpguide.workers import count_primes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--tasks", type=int, default=8, help="tasks in each job")
    parser.add_argument(
        "--json", metavar="FILE", help="also write the measurements to FILE"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    cpus = (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count()
    )
    # Threads run Python code in parallel only with the GIL off, which needs a
    # free-threaded build (3.13+) where sys._is_gil_enabled() returns False.
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    pools = {
        "threads": partial(ThreadPoolExecutor, max_workers=cpus),
        "processes": partial(ProcessPoolExecutor, max_workers=cpus, mp_context=ctx),
    }
    missing = {}
    if hasattr(concurrent.futures, "InterpreterPoolExecutor"):
        interpreters = concurrent.futures.InterpreterPoolExecutor
        pools["interpreters"] = partial(interpreters, max_workers=cpus)
    else:
        missing["InterpreterPoolExecutor"] = "new in Python 3.14"
    if gil:
        missing["threads without the GIL"] = "its GIL is enabled"

    print(f"Python {sys.version.split()[0]}, GIL {'on' if gil else 'off'}", end=", ")
    print(f"{cpus} workers per pool; speed-up vs serial, start-up included:")
    print(f"{'job':<24}" + "".join(f"{name:>13}" for name in ["serial", *pools]))
    speedup = {}
    for task, size in [(count_primes, 200_000), (hash_zeros, 192)]:
        tasks = [size] * options.tasks
        start = time.perf_counter()
        expected = [task(t) for t in tasks]
        serial = time.perf_counter() - start
        row = speedup[task.__name__] = {"serial": 1.0}
        for name, make_pool in pools.items():
            start = time.perf_counter()
            with make_pool() as pool:  # start-up and shutdown are timed too
                answers = list(pool.map(task, tasks, timeout=120))
            row[name] = serial / (time.perf_counter() - start)
            if answers != expected:
                raise SystemExit(f"{name} got {answers}, serial got {expected}")
        job = f"{options.tasks} x {task.__name__}({size})"
        print(f"{job:<24}" + "".join(f"{x:>12.2f}x" for x in row.values()))
    for name, reason in missing.items():
        print(f"{name}: not available on this Python ({reason})")

    if options.json:
        results = {"workers": cpus, "gil": gil, "speedup": speedup, "missing": missing}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
