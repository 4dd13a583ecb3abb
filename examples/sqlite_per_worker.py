"""One sqlite3 connection per pool worker: opened by the initializer, closed at exit."""

import argparse
import multiprocessing
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from mpguide.worker_state import count_rows, open_connection, record_square

START_METHODS = multiprocessing.get_all_start_methods()
SCHEMA = "CREATE TABLE squares (x, square); CREATE TABLE closes (pid, hook);"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--hook", choices=["Finalize", "atexit"], default="Finalize")
    parser.add_argument("--end", choices=["join", "terminate"], default="join")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "results.db")
        with closing(sqlite3.connect(path)) as db:  # the parent's own connection
            db.executescript(SCHEMA)
            with ctx.Pool(2, open_connection, (path, options.hook)) as pool:
                pool.map_async(record_square, range(10)).get(timeout=60)
                if options.end == "join":
                    pool.close()  # no more tasks: the workers exit normally
                    pool.join()
            # leaving the with block called terminate(): a no-op after join()
            rows, closes = count_rows(db, "squares"), count_rows(db, "closes")
    print(f"{rows} rows stored; {options.hook} closed {closes} of 2 connections")


if __name__ == "__main__":
    main()
