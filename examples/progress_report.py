"""Report progress as a pool's results come in.

``imap_unordered`` yields each result as soon as a worker finishes it, so the
parent prints a "done k/N" line while the other tasks are still running.
"""

import argparse
import multiprocessing
import time

from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()
# Uneven work on purpose: the big tasks finish last whatever their position.
LIMITS = [200_000, 20_000, 150_000, 5_000, 100_000, 50_000, 10_000, 80_000]


def primes_below(limit: int) -> tuple[int, int]:
    """Count the primes below *limit*; return *limit* too, to say which task it was."""
    return limit, count_primes(limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    start = time.perf_counter()
    with ctx.Pool(2) as pool:
        results = pool.imap_unordered(primes_below, LIMITS)
        for done in range(1, len(LIMITS) + 1):
            # next(timeout=...) instead of a for loop: a bounded wait per result.
            limit, primes = results.next(timeout=60)
            elapsed = time.perf_counter() - start
            print(
                f"done {done}/{len(LIMITS)} after {elapsed:4.2f} s: "
                f"{primes:,} primes below {limit:,}"
            )
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
