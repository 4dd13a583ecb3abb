"""Reproducible random numbers in a pool: one SeedSequence child per task.

The same eight tasks run on a pool of one worker, then of three, with
different chunk sizes; each task draws from a generator of its own.
"""

import argparse
import multiprocessing

import numpy as np

from mpguide.worker_state import task_draws

START_METHODS = multiprocessing.get_all_start_methods()


def run(ctx, workers, chunksize, seeds):
    with ctx.Pool(workers) as pool:
        jobs = pool.starmap_async(task_draws, enumerate(seeds), chunksize=chunksize)
        rows = jobs.get(timeout=60)
        pool.close()
        pool.join()
    print(f"Pool({workers}), chunksize={chunksize}: tasks ran in", end=" ")
    print(f"{len({pid for _, pid, _ in rows})} worker process(es)")
    return [draws for _, _, draws in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    seeds = np.random.SeedSequence(20261130).spawn(8)  # one child seed per task
    first, second = run(ctx, 1, 8, seeds), run(ctx, 3, 1, seeds)
    for task, draws in enumerate(first):
        print(f"task {task}: {draws}")
    print("identical results in both runs:", first == second)


if __name__ == "__main__":
    main()
