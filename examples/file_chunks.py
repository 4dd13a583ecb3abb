"""Count the words of a large file in parallel chunks, and check the total.

The script writes a sample file, cuts it into byte ranges that end on line boundaries,
counts each range in a pool and checks the sum against a plain serial count.
"""

import argparse
import itertools
import multiprocessing
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from mpguide.data import count_words

START_METHODS = multiprocessing.get_all_start_methods()
WORDS = ["process", "pool", "queue", "pipe", "lock", "fork", "spawn", "child"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--chunks", type=int, default=8)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.txt"
        rng = random.Random(0)
        with path.open("w", encoding="utf-8") as file:
            for _ in range(options.lines):
                print(*rng.choices(WORDS, k=rng.randint(0, 12)), file=file)
        size = path.stat().st_size

        # Cut at even byte offsets, each moved on to just after a newline.
        cuts = [0]
        with path.open("rb") as file:
            for part in range(1, options.chunks):
                # From one byte back, so that a cut already on a line start stays.
                file.seek(max(size * part // options.chunks - 1, cuts[-1]))
                file.readline()
                cuts.append(file.tell())
        cuts.append(size)
        # Only (path, start, end) travels to a worker; each reads its own range.
        chunks = [(path, a, b) for a, b in itertools.pairwise(cuts) if b > a]
        print(f"file: {options.lines:,} lines, {size:,} bytes, {len(chunks)} chunks")
        for _, start, end in chunks:
            print(f"  chunk: bytes {start:>9,} to {end:>9,}")

        with ctx.Pool(2) as pool:
            per_chunk = pool.starmap_async(count_words, chunks).get(timeout=60)
            pool.close()
            pool.join()
        total = sum(per_chunk, Counter())
        serial = count_words(path, 0, size)

    print(f"words: {total.total():,} in all, {len(total)} distinct")
    print("most common:", ", ".join(f"{w} {n:,}" for w, n in total.most_common(3)))
    print(f"parallel count equals serial count: {total == serial}")
    if total != serial:
        sys.exit(1)


if __name__ == "__main__":
    main()
