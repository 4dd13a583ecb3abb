"""Big data for a worker: send the bytes, or a name to find them by.

The same block goes pickled with the task, as a shared memory block's name,
and as the path of a file that the worker maps into memory (mmap).
"""

import argparse
import multiprocessing
import pickle
import tempfile
import zlib
from multiprocessing import shared_memory
from pathlib import Path

from mpguide.pickling import checksum, checksum_file, checksum_shared

START_METHODS = multiprocessing.get_all_start_methods()
SIZE = 8 * 2**20  # 8 MiB here; the handles stay this small for many GiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    data = bytes(range(256)) * (SIZE // 256)
    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        block.buf[:SIZE] = data
        with tempfile.TemporaryDirectory() as folder, ctx.Pool(1) as pool:
            path = Path(folder) / "block.bin"
            path.write_bytes(data)
            tasks = {
                "the bytes": (checksum, (data,)),
                "shared memory name": (checksum_shared, (block.name, SIZE)),
                "file path (mmap)": (checksum_file, (str(path),)),
            }
            print(f"{'sent':<18}  {'task pickled':>15}  worker read it all")
            for way, (func, args) in tasks.items():
                pickled = len(pickle.dumps((func, args)))
                crc = pool.apply_async(func, args).get(timeout=60)
                print(f"{way:<18}  {pickled:>9,} bytes  {crc == zlib.crc32(data)}")
    finally:
        block.close()
        block.unlink()  # the creator frees the block, once every user is done


if __name__ == "__main__":
    main()
