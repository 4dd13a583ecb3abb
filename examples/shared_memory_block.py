"""Share a block of raw bytes, and a small list, through shared memory.

The parent creates a ``SharedMemory`` block; two children attach to it by name
and each fill half of it. Then the same with a ``ShareableList``. Every
process closes its handle; only the parent, which created the blocks,
unlinks them, in ``finally`` so that they are freed even after an error.
"""

import multiprocessing
import multiprocessing.context
from collections.abc import Callable
from multiprocessing import shared_memory

from mpguide.cli import example_parser
from mpguide.lifecycle import exit_if_any_failed, join_all
from mpguide.sharing import WAIT_SECONDS, fill_block, tally_into_list

SIZE = 16
WORDS = ["spawn", "fork", "forkserver"]


def run_children(
    ctx: multiprocessing.context.BaseContext,
    target: Callable[..., None],
    args_list: list[tuple[object, ...]],
) -> None:
    """Start one child per argument tuple; fail if any of them failed."""
    children = [ctx.Process(target=target, args=args) for args in args_list]
    for child in children:
        child.start()
    join_all(children, timeout=WAIT_SECONDS)
    exit_if_any_failed(children)


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        print(f"created a block of {block.size} bytes")  # may exceed SIZE
        half = SIZE // 2
        # Children get the block's name, a short string, and attach to it.
        run_children(ctx, fill_block, [(block.name, 0, half), (block.name, half, SIZE)])
        print("the children wrote:", list(block.buf[:SIZE]))
    finally:
        block.close()  # this process is done with it ...
        block.unlink()  # ... and, as its creator, frees it: once, here only

    # Slots are sized by their first values: 0 leaves room for any int.
    tallies = shared_memory.ShareableList([0] * len(WORDS))
    try:
        name = tallies.shm.name
        run_children(
            ctx, tally_into_list, [(name, i, word) for i, word in enumerate(WORDS)]
        )
        print("word lengths from the children:", list(tallies))
    finally:
        tallies.shm.close()
        tallies.shm.unlink()


if __name__ == "__main__":
    main()
