"""Run a pure-Python job and a hashing job on every executor that can compute.

Prints each pool's speed-up over serial, one worker per usable CPU and start-up
included; the table has a column for each model this Python offers.
"""

import argparse
import json
import multiprocessing
import os
import sys
import time
from concurrent import futures
from pathlib import Path

from mpguide.gil import hash_zeros
from mpguide.workers import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=8, help="tasks in each job")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    pools = {
        "threads": lambda: futures.ThreadPoolExecutor(cpus),
        "processes": lambda: futures.ProcessPoolExecutor(cpus, mp_context=ctx),
    }
    if hasattr(futures, "InterpreterPoolExecutor"):  # new in Python 3.14
        pools["interpreters"] = lambda: futures.InterpreterPoolExecutor(cpus)
    # Threads run Python code in parallel only on a free-threaded build (3.13+).
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
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
    if options.json:
        results = {"workers": cpus, "gil": gil, "speedup": speedup}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
