"""A Process throws away what its target returns: send the result back instead.

The same count runs three times: as a bare target, through a queue, in a pool.
"""

import argparse
import multiprocessing

from mpguide.queues import put_result
from mpguide.tasks import count_primes

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    child = ctx.Process(target=count_primes, args=(10_000,))
    child.start()
    child.join(timeout=60)
    print(f"as the target: exit code {child.exitcode}, and the count is gone")
    queue = ctx.Queue()
    child = ctx.Process(target=put_result, args=(queue, count_primes, 10_000))
    child.start()
    primes = queue.get(timeout=60)  # drain the queue before join()
    child.join(timeout=60)
    if child.exitcode != 0:
        raise SystemExit(f"the child failed (exit code {child.exitcode})")
    print(f"through a queue: {primes} primes below 10000")
    with ctx.Pool(processes=1) as pool:  # a pool sends results back for you
        print("through a pool:", pool.apply_async(count_primes, (10_000,)).get(60))
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
