"""What pickling costs a pool on each DataFrame chunk, against the work on it.

Pickles a chunk and back, as a pool does, and summarizes it: alternate rounds.
"""

import argparse
import json
import pickle
import timeit
from pathlib import Path

import pandas as pd

from mpguide.data import summarize

ROWS = 100_000  # as in each chunk of pandas_chunks.py


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the rounds to FILE")
    options = parser.parse_args()
    chunk = pd.DataFrame({"key": range(ROWS), "value": range(ROWS)}) % 4  # int64s
    jobs = {
        "pickle+unpickle": lambda: pickle.loads(pickle.dumps(chunk)),
        "summarize": lambda: summarize(chunk),
    }
    rounds: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(5):
        for name, job in jobs.items():
            rounds[name].append(timeit.timeit(job, number=10) / 10)
    print(f"a chunk of {ROWS:,} rows, {len(pickle.dumps(chunk)):,} bytes pickled")
    for name, seconds in rounds.items():
        print(f"{name:>15}:", " ".join(f"{1e3 * s:.2f}" for s in seconds), "ms a call")
    if options.json:
        Path(options.json).write_text(json.dumps({"rounds": rounds}))


if __name__ == "__main__":
    main()
