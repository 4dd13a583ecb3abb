# DELIBERATELY BROKEN: this script creates a shared memory block and never
# unlinks it. docs/failures.md runs it to show the resource tracker's warning;
# do not copy it (the fix, unlink(), is on that page). Linux: /dev/shm.
import sys
from multiprocessing import shared_memory
from pathlib import Path

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=1024)
    block.buf[:5] = b"hello"
    print("created shared memory block", block.name)
    block.close()  # closes this process's view; the block itself lives on
    # block.unlink() is missing: nothing in this program removes the block.
    if Path("/dev/shm", block.name).exists():
        sys.exit(f"leak check: {block.name} is still in /dev/shm at exit")
