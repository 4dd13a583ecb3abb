"""Where freeze_support() goes: the first line under the __main__ guard.

Run by Python it does nothing; in a frozen program it runs a child's task and exits.
"""

import argparse
import multiprocessing
import sys

from mpguide.tasks import square

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    print(f"frozen: {getattr(sys, 'frozen', False)}")  # True in a PyInstaller build
    with ctx.Pool(processes=2) as pool:
        print("results:", pool.map(square, [1, 2, 3]))
        pool.close()
        pool.join()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # before anything else, argument parsing too
    main()
