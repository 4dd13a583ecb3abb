"""Your first pool: the same work done serially, then by a pool of processes.

Counts the primes below a limit for eight equal jobs, first one after another
in this process, then spread over a pool with one worker per usable CPU. It
checks that both give the same answers and prints how long each took.
"""

import multiprocessing

from mpguide.cli import example_parser
from mpguide.results import publish
from mpguide.stamp import usable_cpus
from mpguide.timing import speedup, timed
from mpguide.workers import count_primes

JOBS = [150_000] * 8


def count_all_serially(limits: list[int]) -> list[int]:
    return [count_primes(limit) for limit in limits]


def count_all_on_a_pool(
    ctx: multiprocessing.context.BaseContext, workers: int, limits: list[int]
) -> list[int]:
    with ctx.Pool(processes=workers) as pool:
        results = pool.map(count_primes, limits)
        pool.close()  # no more work: let the workers exit...
        pool.join()  # ...and wait for them, before `with` would terminate them
    return results


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    workers = usable_cpus()

    serial, serial_seconds = timed(count_all_serially, JOBS)
    # The pool's time includes starting and stopping its workers: a real cost.
    parallel, pool_seconds = timed(count_all_on_a_pool, ctx, workers, JOBS)

    if parallel != serial:
        raise SystemExit("the pool gave different answers!")
    ratio = speedup(serial_seconds, pool_seconds)
    print(f"answers: {len(JOBS)} jobs, {serial[0]} primes each, identical both ways")
    print(f"serial:           {serial_seconds:6.2f} s")
    print(f"pool of {workers} workers: {pool_seconds:6.2f} s")
    print(f"speed-up:         {ratio:6.2f}x")
    publish({"workers": workers, "serial": serial_seconds, "pool": pool_seconds})


if __name__ == "__main__":
    main()
