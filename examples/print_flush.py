"""A child's print() may wait in a buffer until the child exits: flush it.

The child prints, then waits while the parent prints; compare the order of the lines.
"""

import argparse
import multiprocessing

from mpguide.processes import print_and_wait

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--flush", action="store_true", help="print(..., flush=True)")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    printed, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=print_and_wait, args=(options.flush, printed, release))
    child.start()
    printed.wait(timeout=60)  # the child has called print()
    print("parent: this line was printed second", flush=True)
    release.set()
    child.join(timeout=60)
    if child.exitcode != 0:
        raise SystemExit(f"the child failed (exit code {child.exitcode})")


if __name__ == "__main__":
    main()
