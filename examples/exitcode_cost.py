"""How long Process.exitcode takes on a live child, by start method, in CPU time."""

import argparse
import json
import multiprocessing
import time
import timeit
from pathlib import Path

START_METHODS = multiprocessing.get_all_start_methods()
CONTEXTS = {method: multiprocessing.get_context(method) for method in START_METHODS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    stop = CONTEXTS["spawn"].Event()  # a spawn context's event can go to any child
    procs = {m: c.Process(target=stop.wait, args=(60,)) for m, c in CONTEXTS.items()}
    for child in procs.values():
        child.start()  # each child waits for the event: alive until it is set
    checks = {method: [] for method in procs}
    for _ in range(5):  # interleaved rounds, in CPU seconds (load cannot inflate them)
        for method, child in procs.items():
            # fork and spawn: one waitpid() call; forkserver: poll the fork server's pipe
            timer = timeit.Timer(lambda c=child: c.exitcode, time.process_time)
            checks[method].append(timer.timeit(10_000) / 10_000)
    stop.set()
    for method, child in procs.items():
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"{method}: the child exited with {child.exitcode}")
        print(f"{method:<11} {min(checks[method]) * 1e6:5.1f} us per check, at best")
    if options.json:
        Path(options.json).write_text(json.dumps({"exit_check": checks}))


if __name__ == "__main__":
    main()
