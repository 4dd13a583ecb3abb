"""Count the words of a large file in parallel chunks, and check the total.

The script writes a sample text file to a temporary folder, splits it into
byte ranges that end on line boundaries, counts the words of each range in a
pool, adds the counts up and compares them with a plain serial count.
"""

import multiprocessing
import sys
import tempfile
from collections import Counter
from pathlib import Path

from mpguide.cli import example_parser, positive_int
from mpguide.recipes import count_words, line_aligned_ranges, write_sample_text


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--lines", type=positive_int, default=200_000)
    parser.add_argument("--chunks", type=positive_int, default=8)
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.txt"
        size = write_sample_text(path, options.lines)
        ranges = line_aligned_ranges(path, options.chunks)
        print(f"file: {options.lines:,} lines, {size:,} bytes, {len(ranges)} chunks")
        for start, end in ranges:
            print(f"  chunk: bytes {start:>9,} to {end:>9,}")

        # Only (path, start, end) travels to a worker; each reads its own range.
        with ctx.Pool(2) as pool:
            async_counts = pool.starmap_async(
                count_words, [(path, start, end) for start, end in ranges]
            )
            per_chunk = async_counts.get(timeout=60)
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
