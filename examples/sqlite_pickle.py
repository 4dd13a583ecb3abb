"""A sqlite3 connection cannot be sent to a pool worker: it does not pickle.

Task arguments reach a worker pickled, whatever the start method.
"""

import argparse
import multiprocessing
import sqlite3
import tempfile
from pathlib import Path

from mpguide.worker_state import count_rows

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(Path(folder) / "demo.db")
        db.execute("CREATE TABLE squares (x, square)")
        try:
            with ctx.Pool(1) as pool:
                try:
                    pool.apply_async(count_rows, (db, "squares")).get(timeout=60)
                except TypeError as error:  # raised while pickling the task
                    print(f"{type(error).__name__}: {error}")
                else:
                    raise SystemExit("the connection was sent: not expected")
                pool.close()
                pool.join()
        finally:
            db.close()  # before the folder is removed


if __name__ == "__main__":
    main()
