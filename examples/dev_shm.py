"""What multiprocessing keeps in /dev/shm on Linux: semaphores and shared memory.

Prints the size of /dev/shm, the semaphores a Lock, a Queue and an Event map
from it, and the room SharedMemory blocks take there. Linux only.
"""

import argparse
import multiprocessing
import os
from multiprocessing import shared_memory
from pathlib import Path

START_METHODS = multiprocessing.get_all_start_methods()
MIB = 2**20


def mapped_shm_inodes() -> set[int]:
    """Inodes of the /dev/shm files this process has mapped (/proc/self/maps)."""
    lines = Path("/proc/self/maps").read_text().splitlines()
    return {int(line.split()[4]) for line in lines if " /dev/shm/" in line}


def allocated_mib(block: shared_memory.SharedMemory) -> int:
    return Path("/dev/shm", block.name.lstrip("/")).stat().st_blocks * 512 // MIB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    if not Path("/dev/shm").is_dir():
        raise SystemExit("no /dev/shm here: this example shows Linux")
    shm = os.statvfs("/dev/shm")
    free = shm.f_bavail * shm.f_frsize // MIB
    print(f"/dev/shm: {shm.f_blocks * shm.f_frsize // MIB} MiB, {free} MiB free")
    kept = []  # keep each object alive, and its semaphores with it
    for make in (ctx.Lock, ctx.Queue, ctx.Event):
        before = mapped_shm_inodes()
        kept.append(make())
        new = mapped_shm_inodes() - before  # one file per semaphore
        named = sum(entry.inode() in new for entry in os.scandir("/dev/shm"))
        print(f"{make.__name__ + '():':<9}semaphores {len(new)}, named {named}")
    for size in (MIB, (free + 1) * MIB):  # 1 MiB, then more than is free
        block = shared_memory.SharedMemory(create=True, size=size)
        try:
            line = f"SharedMemory({size // MIB} MiB): {allocated_mib(block)} MiB taken"
            if size == MIB:
                block.buf[:] = bytes(MIB)  # write every page
                line += f"; once written, {allocated_mib(block)} MiB"
            print(line)
        finally:
            block.close()
            block.unlink()


if __name__ == "__main__":
    main()
