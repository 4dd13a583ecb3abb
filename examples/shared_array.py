"""A NumPy array on shared memory, read by every pool worker without a copy.

The parent puts the array in a SharedMemory block; each worker attaches to it
by name in the pool's initializer, so a task carries only two small ints.
"""

import argparse
import multiprocessing
from multiprocessing import shared_memory

import numpy as np

from mpguide.data import attach_block, part_sum_shared

START_METHODS = multiprocessing.get_all_start_methods()
N = 1_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    block = shared_memory.SharedMemory(create=True, size=N * 8)  # N int64s
    try:
        np.ndarray((N,), np.int64, buffer=block.buf)[:] = np.arange(N)  # view, gone
        print(f"{N:,} int64s copied into block {block.name}")
        with ctx.Pool(2, attach_block, (block.name, (N,), "int64")) as pool:
            parts = [(start, 4) for start in range(4)]  # every 4th item from start
            sums = pool.starmap_async(part_sum_shared, parts).get(timeout=60)
            pool.close()  # no more tasks ...
            pool.join()  # ... and every worker has exited
        print("the workers' sums:", sums)
        print("total == N(N-1)/2:", sum(sums) == N * (N - 1) // 2)
    finally:
        block.close()  # this process's handle (no array may use it after) ...
        block.unlink()  # ... and the block itself: its creator frees it, once


if __name__ == "__main__":
    main()
