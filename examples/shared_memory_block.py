"""Share a block of raw bytes, and a small list, through shared memory.

Two children attach to a ``SharedMemory`` block by name and each fill half of
it; then three children each set one item of a ``ShareableList``. The parent
prints what they wrote. Every process closes its handle; only the parent,
which created the blocks, unlinks them.
"""

import argparse
import multiprocessing
import sys
from multiprocessing import shared_memory

from mpguide.sharing import fill_block, tally_into_list

SIZE = 16
WORDS = ["spawn", "fork", "forkserver"]


def run_children(ctx, target, arg_tuples) -> None:
    """Run *target* in one child per tuple of arguments; exit if one fails."""
    children = [ctx.Process(target=target, args=args) for args in arg_tuples]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)
        if child.exitcode != 0:
            sys.exit(f"{child.name} failed: exit code {child.exitcode}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        print(f"created a block of {block.size} bytes")  # may be more than SIZE
        # The children get only the block's name, a short string.
        halves = [(block.name, 0, SIZE // 2), (block.name, SIZE // 2, SIZE)]
        run_children(ctx, fill_block, halves)
        print("the children wrote:", list(block.buf[:SIZE]))
    finally:
        block.close()  # this process is done with it ...
        block.unlink()  # ... and, as its creator, frees it: once, here only

    # Each item's type and room are fixed now: 0 makes an item for a 64-bit int.
    tallies = shared_memory.ShareableList([0] * len(WORDS))
    try:
        name = tallies.shm.name
        run_children(ctx, tally_into_list, [(name, i, w) for i, w in enumerate(WORDS)])
        print("word lengths from the children:", list(tallies))
    finally:
        tallies.shm.close()
        tallies.shm.unlink()


if __name__ == "__main__":
    main()
