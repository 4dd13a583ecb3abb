"""Several processes append to one file; a Lock keeps each record whole.

Each worker writes every one-line record in three writes; holding the Lock
around a record keeps other workers' writes out of it. ``--no-lock`` drops it.
"""

import argparse
import collections
import multiprocessing
import re
import tempfile
from pathlib import Path

from mpguide.sync import append_records

START_METHODS = multiprocessing.get_all_start_methods()
RECORD = re.compile(r"worker (\d+) record \d+: part 1 part 2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--records", type=int, default=3000, help="per worker")
    parser.add_argument("--no-lock", action="store_true", help="write unprotected")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    lock = None if options.no_lock else ctx.Lock()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.txt"
        jobs = [(lock, str(path), n, options.records) for n in range(options.workers)]
        workers = [ctx.Process(target=append_records, args=job) for job in jobs]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
            if worker.exitcode != 0:
                raise SystemExit(f"{worker.name} failed: exit code {worker.exitcode}")
        lines = path.read_text(encoding="utf-8").splitlines()

    matches = [RECORD.fullmatch(line) for line in lines]
    whole = collections.Counter(int(match[1]) for match in matches if match)
    how = "without a lock" if lock is None else "holding a Lock for each record"
    print(f"{options.workers} workers appended {options.records} records each, {how}")
    for n in range(options.workers):
        print(f"worker {n}: {whole[n]} whole records")
    print(f"broken lines: {matches.count(None)}")


if __name__ == "__main__":
    main()
