"""Several processes append to one file; a Lock keeps each record whole.

Each worker writes every record in three separate writes. Holding the lock
around the whole record means no other worker's writes can land in between.
``--no-lock`` drops the lock, to compare.
"""

import multiprocessing
import sys
import tempfile
from pathlib import Path

from mpguide.cli import example_parser, positive_int
from mpguide.sync import WAIT_SECONDS, append_records, check_records


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument("--workers", type=positive_int, default=4)
    parser.add_argument("--records", type=positive_int, default=3000)
    parser.add_argument("--no-lock", action="store_true", help="write unprotected")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    lock = None if options.no_lock else ctx.Lock()

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "records.txt")
        workers = [
            ctx.Process(target=append_records, args=(lock, path, n, options.records))
            for n in range(options.workers)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=WAIT_SECONDS)
        whole, broken = check_records(path)

    how = "without a lock" if lock is None else "holding a Lock for each record"
    print(f"{options.workers} workers appended {options.records} records each, {how}")
    for n, worker in enumerate(workers):
        print(
            f"worker {n}: {whole.get(n, 0)} whole records, exit code {worker.exitcode}"
        )
    print(f"broken lines: {broken}")
    if any(worker.exitcode != 0 for worker in workers):
        sys.exit(1)
    if lock is not None and broken:
        sys.exit("the lock failed to keep records whole")


if __name__ == "__main__":
    main()
