"""Share a small list between processes: a ShareableList in shared memory.

Three children attach to the parent's list by name and each set one item.
"""

import argparse
import multiprocessing
from multiprocessing import shared_memory

from mpguide.sharing import tally_into_list

START_METHODS = multiprocessing.get_all_start_methods()
WORDS = ["spawn", "fork", "forkserver"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    # Each item's type and room are fixed now: 0 makes an item for a 64-bit int.
    tallies = shared_memory.ShareableList([0] * len(WORDS))
    try:
        children = [  # the list's name is all that a child needs to attach
            ctx.Process(target=tally_into_list, args=(tallies.shm.name, index, word))
            for index, word in enumerate(WORDS)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=60)
            if child.exitcode != 0:
                raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        print("word lengths from the children:", list(tallies))
    finally:
        tallies.shm.close()
        tallies.shm.unlink()  # only the creator frees it, once


if __name__ == "__main__":
    main()
