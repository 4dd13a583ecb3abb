"""What cloudpickle and dill cost against the standard pickle, on the same objects.

Each object is pickled by all three in interleaved rounds (pickle, cloudpickle,
dill, pickle, ...). Prints the pickled sizes, then each one's median time.
"""

import argparse
import json
import pickle
import statistics
import timeit
from functools import partial
from pathlib import Path

import cloudpickle
import dill

ROUNDS = 5
PICKLERS = {
    "pickle": pickle.dumps,
    "cloudpickle": cloudpickle.dumps,
    "dill": dill.dumps,
}


def shifted(x):  # defined in __main__: pickle sends its name, the others its code
    return x + 1


def calls_per_round(timer: timeit.Timer, seconds: float = 0.02) -> int:
    """How many calls take about *seconds*: rounds sized by time, not by count."""
    return max(1, round(seconds / min(timer.repeat(3, 1))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the rounds to FILE")
    options = parser.parse_args()
    records = [{"id": i, "name": f"item {i}", "score": i / 7} for i in range(1000)]
    objects = {
        "1,000 records": records,
        # From a module anyone can import, so all three send only its name.
        "imported function": statistics.median,
        "function in __main__": shifted,
    }
    sizes, rounds = {}, {}
    for what, obj in objects.items():
        sizes[what] = {name: len(dumps(obj)) for name, dumps in PICKLERS.items()}
        timers = {name: timeit.Timer(partial(d, obj)) for name, d in PICKLERS.items()}
        calls = {name: calls_per_round(timer) for name, timer in timers.items()}
        rounds[what] = {name: [] for name in PICKLERS}
        for _ in range(ROUNDS):  # interleaved: pickle, cloudpickle, dill, pickle, ...
            for name, timer in timers.items():
                rounds[what][name].append(timer.timeit(calls[name]) / calls[name])
    print(f"{'bytes':<22}" + "".join(f"{name:>13}" for name in PICKLERS))
    for what, row in sizes.items():
        print(f"{what:<22}" + "".join(f"{size:>13,}" for size in row.values()))
    print(f"{'microseconds a call':<22}" + "".join(f"{name:>13}" for name in PICKLERS))
    for what, row in rounds.items():
        medians = [1e6 * statistics.median(times) for times in row.values()]
        print(f"{what:<22}" + "".join(f"{median:>13.1f}" for median in medians))
    if options.json:
        Path(options.json).write_text(json.dumps({"sizes": sizes, "rounds": rounds}))


if __name__ == "__main__":
    main()
