"""Time one update through each way of sharing a number between processes.

Each mechanism adds 1 to a number many times, in this one process; the table
gives the time per update and how many times slower it is than adding to a
plain local int. Each row is the fastest of a few interleaved rounds.
"""

import argparse
import json
import multiprocessing
import timeit
from multiprocessing import shared_memory
from pathlib import Path

START_METHODS = multiprocessing.get_all_start_methods()
#: One update through each mechanism, and how many to time in one run: fewer
#: for the slow ones, so that every run is short. The table is per update.
UPDATES = {
    "local int": ("total += 1", 1_000_000),
    "Value(lock=False)": ("raw.value += 1", 200_000),
    "Value, get_lock()": ("with locked.get_lock():\n    locked.value += 1", 100_000),
    "SharedMemory": ("numbers[0] += 1", 200_000),
    "Manager dict": ('shared["total"] += 1', 2_000),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--scale", type=float, default=1.0, help="scale the counts")
    parser.add_argument("--repeat", type=int, default=5, help="runs per mechanism")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    seconds = {label: [] for label in UPDATES}  # per update, one entry a round
    block = shared_memory.SharedMemory(create=True, size=8)
    numbers = block.buf.cast("q")  # the block's first 8 bytes as one 64-bit int
    try:
        with ctx.Manager() as manager:
            names = {
                "raw": ctx.Value("q", 0, lock=False),
                "locked": ctx.Value("q", 0),
                "numbers": numbers,
                "shared": manager.dict(total=0),
            }
            for _ in range(options.repeat):  # interleaved: load hits all alike
                for label, (statement, count) in UPDATES.items():
                    n = max(1, round(count * options.scale))
                    # setup makes "total" a local variable of the timed loop
                    took = timeit.timeit(
                        statement, setup="total = 0", number=n, globals=names
                    )
                    seconds[label].append(took / n)
    finally:
        numbers.release()  # close() refuses while a view of the block exists
        block.close()
        block.unlink()

    best = {label: min(times) for label, times in seconds.items()}
    print(f"{'mechanism':<20} {'ns/update':>10} {'vs local int':>13}")
    for label, fastest in best.items():
        ratio = fastest / best["local int"]
        print(f"{label:<20} {fastest * 1e9:>10,.0f} {ratio:>12,.1f}x")
    if options.json:
        Path(options.json).write_text(json.dumps(seconds))


if __name__ == "__main__":
    main()
