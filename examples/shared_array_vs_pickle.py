"""Time a NumPy array pickled with every task against one on shared memory."""

import argparse
import json
import multiprocessing
import time
from multiprocessing.managers import SharedMemoryManager
from pathlib import Path

import numpy as np

from mpguide.data import attach_block, part_sum


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the rounds to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context("spawn")
    data = np.arange(2**20, dtype=np.int64)  # 8 MiB
    pickled = [(data, part) for part in range(8)]  # the whole array in every task
    tasks = {"pickled": pickled, "shared": [(None, part) for part in range(8)]}
    rounds: dict[str, list[float]] = {"pickled": [], "shared": []}
    with SharedMemoryManager(ctx=ctx) as manager:  # it unlinks the block at the end
        block = manager.SharedMemory(data.nbytes)
        np.ndarray(data.shape, data.dtype, buffer=block.buf)[:] = data
        with ctx.Pool(2, attach_block, (block.name, data.shape, "int64")) as pool:
            for name in ["pickled", "shared"] * 6:  # round 1 is a warm-up
                start = time.perf_counter()
                sums = pool.starmap_async(part_sum, tasks[name], 1).get(timeout=120)
                rounds[name].append(time.perf_counter() - start)
                assert sum(sums) == data.sum()
    for name, seconds in rounds.items():
        print(f"{name:>7}:", " ".join(f"{1e3 * s:.1f}" for s in seconds), "ms")
    if options.json:
        Path(options.json).write_text(json.dumps({"rounds": rounds}))


if __name__ == "__main__":
    main()
