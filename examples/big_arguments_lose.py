"""Big arguments: a pool loses to a plain loop when copying costs more than work.

A checksum of big blocks of bytes runs in a loop, then on a warm pool that must
first copy every block to a worker. Each time printed is a median.
"""

import argparse
import json
import multiprocessing
import os
import statistics
import time
from pathlib import Path

from mpguide.tasks import checksum

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--block-mib", type=int, default=16, help="block size")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    if hasattr(os, "sched_getaffinity"):  # Linux: only the CPUs we may run on
        workers = len(os.sched_getaffinity(0))
    else:
        workers = os.cpu_count()
    # Different contents per block, so that nothing can be shared or cached.
    blocks = [bytes([i]) * (options.block_mib << 20) for i in range(2 * workers)]

    loop, pooled = [], []
    with multiprocessing.get_context(options.start_method).Pool(workers) as pool:
        # Warm-up, not timed: every worker has started and imported mpguide.
        pool.map_async(checksum, [b""] * (2 * workers), 1).get(timeout=60)
        # Interleaved rounds, so that load from other programs hits both variants.
        for _ in range(options.repeat):
            start = time.perf_counter()
            for block in blocks:
                checksum(block)
            loop.append(time.perf_counter() - start)
            start = time.perf_counter()
            pool.map_async(checksum, blocks, 1).get(timeout=120)
            pooled.append(time.perf_counter() - start)
        pool.close()
        pool.join()

    seconds = {"loop": statistics.median(loop), "pool": statistics.median(pooled)}
    print(f"{len(blocks)} blocks of {options.block_mib} MiB; workers: {workers}")
    for name, value in seconds.items():
        print(f"{name:<4} {value:.4f} s  {value / seconds['loop']:5.1f}x the loop")

    if options.json:
        results = {"workers": workers, "blocks": len(blocks), "seconds": seconds}
        results["rounds"] = {"loop": loop, "pool": pooled}  # every round's seconds
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
