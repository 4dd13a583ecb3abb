"""Return large results as files, and only their paths through the pool.

Each task makes a block of bytes. Returned as data, every block is pickled in
the worker, sent through a pipe and unpickled in the parent. Written to a file
instead, only a short path makes that trip. The script does both, checks that
the parent gets the same bytes, and compares how many bytes the pool carried.
"""

import hashlib
import multiprocessing
import pickle
import sys
import tempfile
import time

from mpguide.cli import example_parser, positive_int
from mpguide.recipes import block_to_file, make_block, sha256_of_file
from mpguide.results import publish


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--tasks", type=positive_int, default=4)
    parser.add_argument("--megabytes", type=positive_int, default=8)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    size = options.megabytes * 1_000_000
    seeds = range(options.tasks)

    with tempfile.TemporaryDirectory() as folder, ctx.Pool(2) as pool:
        start = time.perf_counter()
        blocks = pool.starmap_async(make_block, [(s, size) for s in seeds])
        data = blocks.get(timeout=60)
        data_digests = [hashlib.sha256(block).hexdigest() for block in data]
        data_seconds = time.perf_counter() - start

        start = time.perf_counter()
        paths = pool.starmap_async(block_to_file, [(s, size, folder) for s in seeds])
        names = paths.get(timeout=60)
        file_digests = [sha256_of_file(name) for name in names]
        file_seconds = time.perf_counter() - start
        pool.close()
        pool.join()

    # What crossed the result pipe: each returned object, pickled.
    data_bytes = sum(len(pickle.dumps(block)) for block in data)
    path_bytes = sum(len(pickle.dumps(name)) for name in names)
    same = data_digests == file_digests
    print(f"{options.tasks} tasks, {options.megabytes} MB each")
    print("returned        bytes pickled   seconds")
    print(f"the data   {data_bytes:>16,} {data_seconds:>9.3f}")
    print(f"a path     {path_bytes:>16,} {file_seconds:>9.3f}")
    print(f"the pool carried {data_bytes / path_bytes:,.0f} times fewer bytes")
    print(f"same bytes either way: {same}")
    publish(
        {
            "data_bytes": data_bytes,
            "path_bytes": path_bytes,
            "data_seconds": data_seconds,
            "file_seconds": file_seconds,
            "same": same,
        }
    )
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
