"""Overlap waits with threads, with asyncio and with processes.

Each task waits, as a network or disk call would. The job runs serially, on a
thread pool, as asyncio coroutines and on a process pool, with one worker per
wait; each line shows a model's time and its speed-up over serial.
"""

import argparse
import asyncio
import json
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from mpguide.workers import wait_for_io


def serial(waits, ctx):
    return [wait_for_io(seconds) for seconds in waits]


def threads(waits, ctx):
    with ThreadPoolExecutor(max_workers=len(waits)) as pool:  # waiting needs no CPU
        return list(pool.map(wait_for_io, waits, timeout=120))


def coroutines(waits, ctx):
    async def wait(seconds):
        await asyncio.sleep(seconds)  # lets the other coroutines run meanwhile
        return seconds

    async def wait_all():
        return await asyncio.gather(*(wait(seconds) for seconds in waits))

    return asyncio.run(wait_all())


def processes(waits, ctx):
    with ProcessPoolExecutor(max_workers=len(waits), mp_context=ctx) as pool:
        return list(pool.map(wait_for_io, waits, timeout=120))


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
    print(f"{options.tasks} waits of {options.seconds} s, one worker per wait")
    seconds = {}
    for model in (serial, threads, coroutines, processes):
        start = time.perf_counter()  # pool start-up and shutdown count too
        if model(waits, ctx) != waits:
            raise SystemExit(f"{model.__name__} returned the wrong results")
        seconds[model.__name__] = time.perf_counter() - start
        speedup = seconds["serial"] / seconds[model.__name__]
        print(f"{model.__name__:<11}{seconds[model.__name__]:>5.2f} s{speedup:>7.1f}x")

    if options.json:
        results = {"tasks": options.tasks, "seconds": seconds}
        Path(options.json).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main()
