"""Share a block of raw bytes between processes through shared memory.

Two children attach to the parent's ``SharedMemory`` block by name and each
fill half of it; the parent prints the bytes, then frees the block it created.
"""

import argparse
import multiprocessing
from multiprocessing import shared_memory

from mpguide.sharing import fill_block

START_METHODS = multiprocessing.get_all_start_methods()
SIZE = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        print(f"created a block of {block.size} bytes")  # may be more than SIZE
        # The children get only the block's name, a short string.
        halves = [(block.name, 0, SIZE // 2), (block.name, SIZE // 2, SIZE)]
        children = [ctx.Process(target=fill_block, args=half) for half in halves]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=60)
            if child.exitcode != 0:
                raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        print("the children wrote:", list(block.buf[:SIZE]))
    finally:
        block.close()  # this process is done with it ...
        block.unlink()  # ... and, as its creator, frees it: once, here only


if __name__ == "__main__":
    main()
