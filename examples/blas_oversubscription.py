"""NumPy's BLAS threads times pool processes: matrix products, two ways.

Two spawn pools, a worker per usable CPU; BLAS threads at the default, or at 1.
"""

import argparse
import json
import multiprocessing
import os
import time
from pathlib import Path

from mpguide.data import matmul_task
from mpguide.worker_state import blas_threads, limit_blas_threads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the rounds to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    cpus = len(os.sched_getaffinity(0))  # Linux: the CPUs this process may use
    init = limit_blas_threads  # each worker's initializer, with None or 1
    with ctx.Pool(cpus, init, (None,)) as default, ctx.Pool(cpus, init, (1,)) as one:
        pools = {"default": default, "1 thread": one}
        threads = {n: p.apply_async(blas_threads).get(60) for n, p in pools.items()}
        print("BLAS (library, version, threads) in a worker:", threads)
        rounds: dict[str, list[float]] = {name: [] for name in pools}
        for name in list(pools) * 6:  # round 1 is a warm-up
            start = time.perf_counter()
            pools[name].map_async(matmul_task, [250] * cpus, 1).get(timeout=120)
            rounds[name].append(time.perf_counter() - start)
    for name, seconds in rounds.items():
        print(f"{name:>8}:", " ".join(f"{1e3 * s:.0f}" for s in seconds), "ms a round")
    if options.json:
        results = {"cpus": cpus, "threads": threads, "rounds": rounds}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
