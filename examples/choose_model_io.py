"""Overlap waits with threads, with asyncio and with processes.

Each task waits, as a network or disk call would. The job runs serially, on a
thread pool, as asyncio coroutines and on a process pool, with one worker per
task. The table shows each model's time and its speed-up over serial.
"""

import argparse
import asyncio
import json
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from mpguide.workers import wait_for_io


async def wait_all(waits: list[float]) -> list[float]:
    async def wait(seconds: float) -> float:
        await asyncio.sleep(seconds)  # hands the thread to the other coroutines
        return seconds

    return await asyncio.gather(*(wait(seconds) for seconds in waits))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    parser.add_argument("--tasks", type=int, default=8, help="waits in the job")
    parser.add_argument(
        "--seconds", type=float, default=0.2, help="length of each wait"
    )
    parser.add_argument(
        "--json", metavar="FILE", help="also write the measurements to FILE"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    waits = [options.seconds] * options.tasks
    n = options.tasks  # waiting uses no CPU: one worker per task

    def on(make_pool):
        with make_pool() as pool:  # start-up and shutdown are timed too
            return list(pool.map(wait_for_io, waits, timeout=120))

    models = {
        "serial": lambda: [wait_for_io(seconds) for seconds in waits],
        "threads": lambda: on(lambda: ThreadPoolExecutor(n)),
        "asyncio": lambda: asyncio.run(wait_all(waits)),
        "processes": lambda: on(lambda: ProcessPoolExecutor(n, mp_context=ctx)),
    }
    print(f"{options.tasks} waits of {options.seconds} s, {n} workers per pool")
    seconds = {}
    for name, run in models.items():
        start = time.perf_counter()
        if run() != waits:
            raise SystemExit(f"{name} returned the wrong results")
        seconds[name] = time.perf_counter() - start
        speedup = seconds["serial"] / seconds[name]
        print(f"{name:<10}{seconds[name]:>6.2f} s{speedup:>7.1f}x")

    if options.json:
        results = {"tasks": options.tasks, "seconds": seconds}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
