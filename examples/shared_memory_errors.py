"""Shared memory blocks used the wrong way, and what Python says about each.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show, and removes every block it made.
"""

import argparse
import traceback
from multiprocessing import shared_memory


def attach_after_unlink() -> None:
    block = shared_memory.SharedMemory(create=True, size=16)
    block.close()
    block.unlink()  # the creator removes the block...
    shared_memory.SharedMemory(name=block.name)  # the mistake: ...then it is attached


def create_existing() -> None:
    block = shared_memory.SharedMemory(create=True, size=16)
    try:
        shared_memory.SharedMemory(name=block.name, create=True, size=16)  # the mistake
    finally:
        block.close()
        block.unlink()


def close_while_viewed() -> None:
    block = shared_memory.SharedMemory(create=True, size=16)
    view = block.buf[:4]  # as a NumPy array made on block.buf would be
    try:
        block.close()  # the mistake: a view still points into the block
    finally:
        view.release()
        block.close()
        block.unlink()


MISTAKES = {
    "attach-after-unlink": attach_after_unlink,
    "create-existing": create_existing,
    "close-while-viewed": close_while_viewed,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--what", nargs="+", choices=MISTAKES, default=list(MISTAKES))
    for what in parser.parse_args().what:
        print(f"{what}:")
        try:
            MISTAKES[what]()
        except Exception as error:
            print(*traceback.format_exception_only(error), sep="", end="")


if __name__ == "__main__":
    main()
