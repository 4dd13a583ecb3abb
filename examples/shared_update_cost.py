"""Time one update through each way of sharing a number between processes.

Each mechanism adds 1 to a number many times, in this process, and the table
gives the time per update and how many times slower it is than adding to a
plain local int. Each row is the fastest of a few interleaved runs.
"""

import multiprocessing
from multiprocessing import shared_memory

from mpguide.cli import example_parser, positive_float, positive_int
from mpguide.results import publish
from mpguide.sharing import (
    cost_table,
    count_in_shared_memory,
    count_locally,
    count_through_dict,
    count_with_value,
)

#: Updates per run for each mechanism: fewer for the slow ones, so that every
#: row takes a similar, short time. The table is per update, so it compares.
UPDATES = {
    "local int": 1_000_000,
    "Value(lock=False)": 200_000,
    "Value, get_lock()": 100_000,
    "SharedMemory": 200_000,
    "Manager dict": 2_000,
}


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--scale", type=positive_float, default=1.0, help="multiply update counts"
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=5,
        help="runs per mechanism; the fastest counts",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    counts = {k: max(1, round(n * options.scale)) for k, n in UPDATES.items()}
    best: dict[str, float] = {}

    block = shared_memory.SharedMemory(create=True, size=8)  # one 64-bit int
    try:
        with ctx.Manager() as manager:
            shared = manager.dict()
            for _ in range(options.repeat):  # interleaved: load hits all alike
                seconds = {
                    "local int": count_locally(counts["local int"]),
                    "Value(lock=False)": count_with_value(
                        ctx.Value("q", 0, lock=False),
                        counts["Value(lock=False)"],
                        use_lock=False,
                    ),
                    "Value, get_lock()": count_with_value(
                        ctx.Value("q", 0), counts["Value, get_lock()"], use_lock=True
                    ),
                    "SharedMemory": count_in_shared_memory(
                        block, counts["SharedMemory"]
                    ),
                    "Manager dict": count_through_dict(shared, counts["Manager dict"]),
                }
                for label, taken in seconds.items():
                    per_update = taken / counts[label]
                    best[label] = min(best.get(label, per_update), per_update)
    finally:
        block.close()
        block.unlink()

    print(cost_table(best, baseline="local int"))
    publish({"per_update": best, "updates": counts})


if __name__ == "__main__":
    main()
