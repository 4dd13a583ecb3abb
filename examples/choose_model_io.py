"""Overlap waits with threads, with asyncio and with processes.

Each task waits, as a network or disk call would. The models take turns for a few
rounds, one worker per wait; each line shows a model's median time and speed-up.
"""

import argparse
import asyncio
import json
import multiprocessing
import statistics
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from operator import truediv
from pathlib import Path

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def pool_map(pool, waits):
    with pool:  # leaving waits for the workers to stop, inside the timing
        return list(pool.map(wait_for_io, waits, timeout=120))


async def wait_all(waits):
    # Each coroutine gives way to the others while it sleeps.
    return await asyncio.gather(*(asyncio.sleep(s, result=s) for s in waits))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=8, help="waits in the job")
    parser.add_argument("--seconds", type=float, default=0.1, help="seconds per wait")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each model")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    waits = [options.seconds] * options.tasks
    n = options.tasks  # a waiting worker needs no CPU: one per wait
    models = {
        "serial": lambda: [wait_for_io(seconds) for seconds in waits],
        "threads": lambda: pool_map(ThreadPoolExecutor(n), waits),
        "coroutines": lambda: asyncio.run(wait_all(waits)),
        "processes": lambda: pool_map(ProcessPoolExecutor(n, mp_context=ctx), waits),
    }
    print(f"{options.tasks} waits of {options.seconds} s, one worker per wait")
    rounds = {name: [] for name in models}
    for _ in range(options.rounds):  # take turns: load hits every model alike
        for name, model in models.items():
            start = time.perf_counter()  # pool start-up and shutdown count too
            if model() != waits:
                raise SystemExit(f"{name} returned the wrong results")
            rounds[name].append(time.perf_counter() - start)
    for name, seconds in rounds.items():
        speedup = statistics.median(map(truediv, rounds["serial"], seconds))
        print(f"{name:<11}{statistics.median(seconds):>5.2f} s{speedup:>7.1f}x")
    if options.json:
        Path(options.json).write_text(json.dumps({"tasks": n, "rounds": rounds}))


if __name__ == "__main__":
    main()
