"""Split a pandas DataFrame into chunks, summarize them in a pool, recombine.

Each chunk is pickled to a worker, which sends back a small summary; pd.concat
and one more groupby give the same table as one serial pass.
"""

import argparse
import multiprocessing
import pickle

import numpy as np
import pandas as pd

from mpguide.data import summarize

START_METHODS = multiprocessing.get_all_start_methods()
ROWS = 400_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    rng = np.random.default_rng(seed=0)  # the same frame at every run
    df = pd.DataFrame(rng.integers(4, size=(ROWS, 2)), columns=["key", "value"])
    chunks = [df.iloc[i : i + ROWS // 4] for i in range(0, ROWS, ROWS // 4)]
    size = len(pickle.dumps(chunks[0]))
    print(f"4 chunks of {ROWS // 4:,} rows, {size:,} bytes each pickled")
    with ctx.Pool(2) as pool:
        parts = pool.map_async(summarize, chunks).get(timeout=120)
        pool.close()  # no more tasks ...
        pool.join()  # ... and every worker has exited
    print(f"4 summaries back, {len(pickle.dumps(parts[0])):,} bytes pickled each")
    combined = pd.concat(parts).groupby(level=0).sum()
    print(combined)
    print("same as one serial pass:", combined.equals(summarize(df)))


if __name__ == "__main__":
    main()
