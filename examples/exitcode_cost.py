"""What it costs to ask a live child whether it has exited, by start method.

Process.exitcode asks the kernel (waitpid) under fork and spawn, and polls a pipe
from the fork server under forkserver; the table shows microseconds per check.
"""

import argparse
import json
import multiprocessing
import statistics
import timeit
from pathlib import Path

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    checks = {}
    for method in START_METHODS:
        ctx = multiprocessing.get_context(method)
        stop = ctx.Event()
        child = ctx.Process(target=stop.wait, args=(60,))  # alive until stop is set
        child.start()
        timer = timeit.Timer("child.exitcode", globals={"child": child})
        checks[method] = [seconds / 2000 for seconds in timer.repeat(5, number=2000)]
        stop.set()
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"{method}: the child exited with {child.exitcode}")
    for method, seconds in checks.items():
        print(f"{method:<11} {statistics.median(seconds) * 1e6:5.1f} us an exitcode check")
    if options.json:
        Path(options.json).write_text(json.dumps({"exit_check": checks}))


if __name__ == "__main__":
    main()
