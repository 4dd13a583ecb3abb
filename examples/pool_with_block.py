"""Leaving a with Pool(...) block calls terminate(), not close().

Six 0.3-second tasks go to a two-worker pool. Left without waiting, the block
stops the workers and the tasks are lost; fetching the results inside the
block, then close() and join(), finishes them all.
"""

import argparse
import multiprocessing

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    # The shape of a 2016 blog post: nothing waits inside the block.
    with ctx.Pool(processes=2) as pool:
        results = [pool.apply_async(wait_for_io, (0.3,)) for _ in range(6)]
    pool.close()  # too late: leaving the block already called terminate()
    pool.join()
    print(f"block left early: {sum(r.ready() for r in results)} of 6 finished")

    # Corrected: everything that needs the workers happens inside the block.
    with ctx.Pool(processes=2) as pool:
        results = [pool.apply_async(wait_for_io, (0.3,)) for _ in range(6)]
        values = [result.get(timeout=30) for result in results]
        pool.close()
        pool.join()
    print(f"results fetched in the block: {len(values)} of 6 finished")


if __name__ == "__main__":
    main()
