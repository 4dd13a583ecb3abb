"""Return large results as files, and only their paths through the pool.

Each task returns a block of bytes as data (pickled through the pool) or as the path of
a file holding it. Prints the bytes pickled, the seconds, and whether the bytes match.
"""

import argparse
import json
import multiprocessing
import pickle
import sys
import tempfile
import time
from pathlib import Path

from mpguide.data import block_to_file, make_block

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--tasks", type=int, default=4)
    parser.add_argument("--megabytes", type=int, default=8)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    size = options.megabytes * 1_000_000

    with tempfile.TemporaryDirectory() as folder, ctx.Pool(2) as pool:
        start = time.perf_counter()
        tasks = [(seed, size) for seed in range(options.tasks)]
        blocks = pool.starmap_async(make_block, tasks).get(timeout=60)
        data_seconds = time.perf_counter() - start

        start = time.perf_counter()
        tasks = [(seed, size, folder) for seed in range(options.tasks)]
        paths = pool.starmap_async(block_to_file, tasks).get(timeout=60)
        from_files = [Path(path).read_bytes() for path in paths]
        file_seconds = time.perf_counter() - start
        pool.close()
        pool.join()

    # What crossed the pool's result pipe: each returned object, pickled.
    data_bytes = sum(len(pickle.dumps(block)) for block in blocks)
    path_bytes = sum(len(pickle.dumps(path)) for path in paths)
    same = from_files == blocks
    print(f"{options.tasks} tasks, {options.megabytes} MB each")
    print("returned        bytes pickled   seconds")
    print(f"the data   {data_bytes:>16,} {data_seconds:>9.3f}")
    print(f"a path     {path_bytes:>16,} {file_seconds:>9.3f}")
    print(f"the pool carried {data_bytes / path_bytes:,.0f} times fewer bytes")
    print(f"same bytes either way: {same}")
    results = {"data_bytes": data_bytes, "path_bytes": path_bytes, "same": same}
    results |= {"data_seconds": data_seconds, "file_seconds": file_seconds}
    if options.json:
        Path(options.json).write_text(json.dumps(results))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
