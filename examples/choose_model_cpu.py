"""Run a pure-Python job and a hashing job on every executor that can compute.

Each job is sized to about --budget seconds of serial work. The models take turns,
one worker per usable CPU, start-up included; prints each one's median speed-up
over serial (a column per model this Python offers, and why a model is missing).
"""

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
from concurrent import futures
from operator import truediv
from pathlib import Path

from mpguide.tasks import count_primes, hash_zeros

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, help="tasks per job (default: by time)")
    parser.add_argument("--budget", type=float, default=1.0, help="serial s per job")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each model")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    # Linux may restrict a process to some CPUs: count those it may use.
    cpus = len(os.sched_getaffinity(0)) if sys.platform == "linux" else os.cpu_count()
    pools = {
        "threads": lambda: futures.ThreadPoolExecutor(cpus),
        "processes": lambda: futures.ProcessPoolExecutor(cpus, mp_context=ctx),
    }
    # Threads run Python code in parallel only on a free-threaded build (3.13+).
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print(f"Python {sys.version.split()[0]}, GIL {'on' if gil else 'off'}", end=", ")
    print(f"{cpus} worker{'s' * (cpus != 1)} per pool")
    if hasattr(futures, "InterpreterPoolExecutor"):  # new in Python 3.14
        pools["interpreters"] = lambda: futures.InterpreterPoolExecutor(cpus)
    else:
        print("No interpreter pool: concurrent.futures has no InterpreterPoolExecutor")
    print("Median speed-up vs serial, start-up included:")
    print(f"{'job':<24}" + "".join(f"{name:>13}" for name in ["serial", *pools]))
    rounds = {}
    for task, size in [(count_primes, 50_000), (hash_zeros, 32)]:
        start = time.perf_counter()  # size the job by time: about --budget serially
        task(size)
        per_cpu = options.budget / cpus / (time.perf_counter() - start)
        tasks = [size] * (options.tasks or cpus * max(1, round(per_cpu)))
        times = rounds[task.__name__] = {name: [] for name in ["serial", *pools]}
        for _ in range(options.rounds):  # take turns: load hits every model alike
            start = time.perf_counter()
            expected = [task(t) for t in tasks]
            times["serial"].append(time.perf_counter() - start)
            for name, make_pool in pools.items():
                start = time.perf_counter()
                with make_pool() as pool:  # start-up and shutdown are timed too
                    answers = list(pool.map(task, tasks, timeout=120))
                times[name].append(time.perf_counter() - start)
                if answers != expected:
                    raise SystemExit(f"{name} got {answers}, serial got {expected}")
        x = [
            statistics.median(map(truediv, times["serial"], s)) for s in times.values()
        ]
        job = f"{len(tasks)} x {task.__name__}({size})"
        print(f"{job:<24}" + "".join(f"{value:>12.2f}x" for value in x))
    if options.json:
        results = {"workers": cpus, "gil": gil, "rounds": rounds}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
