"""DELIBERATELY BROKEN: create a shared memory block and never unlink it.

The block outlives the program (on Linux it stays in /dev/shm) until the
resource tracker warns about it and removes it at shutdown. The fix, a call to
``unlink()``, is on the failures page. Do not copy it.
"""

import sys
from multiprocessing import shared_memory
from pathlib import Path


def main() -> None:
    block = shared_memory.SharedMemory(create=True, size=1024)
    block.buf[:5] = b"hello"
    print("created shared memory block", block.name)
    block.close()  # closes this process's view; the block itself lives on
    # block.unlink() is missing: nothing in this program removes the block.
    if Path("/dev/shm", block.name).exists():
        sys.exit(f"leak check: {block.name} is still in /dev/shm at exit")


if __name__ == "__main__":
    main()
