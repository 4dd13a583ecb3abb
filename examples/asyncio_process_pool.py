"""asyncio awaits CPU-bound calls in worker processes: loop.run_in_executor.

A coroutine counts the event loop's ticks while the work runs in a process pool,
then while the same work runs in a coroutine.
"""

import argparse
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from mpguide.pickling import scale
from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


async def tick(stop: asyncio.Event) -> int:
    """Count how often the event loop runs this coroutine until *stop*."""
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks


async def run(ctx: multiprocessing.context.BaseContext) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    ticker = asyncio.create_task(tick(stop))
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        calls = [
            loop.run_in_executor(pool, count_primes, n) for n in (100_000, 200_000)
        ]
        calls.append(loop.run_in_executor(pool, partial(scale, 2, 3, offset=1)))
        results = await asyncio.wait_for(asyncio.gather(*calls), timeout=120)
    stop.set()
    print("results:", results)
    print("the event loop ticked", await ticker, "times while the pool worked")

    stop = asyncio.Event()
    ticker = asyncio.create_task(tick(stop))
    count_primes(200_000)  # the same work, called in the coroutine itself
    stop.set()
    print("the event loop ticked", await ticker, "times while the coroutine worked")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    asyncio.run(run(multiprocessing.get_context(parser.parse_args().start_method)))


if __name__ == "__main__":
    main()
