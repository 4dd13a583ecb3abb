"""An Event as a start gate: workers wait until the parent opens it.

Each worker says it is ready and waits on the Event, with a timeout. Once all
have reported, the parent sets the Event and every worker goes through.
"""

import argparse
import multiprocessing

from mpguide.sync import pass_gate

START_METHODS = multiprocessing.get_all_start_methods()
WORKERS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    gate, ready = ctx.Event(), ctx.Queue()
    workers = [
        ctx.Process(target=pass_gate, args=(f"worker-{n}", gate, ready, 60))
        for n in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=60)  # one "ready" per worker
    print(f"parent: all {WORKERS} workers are waiting; opening the gate", flush=True)
    gate.set()
    for worker in workers:
        worker.join(timeout=60)
    codes = [worker.exitcode for worker in workers]
    print(f"parent: exit codes {codes}")
    if codes != [0] * WORKERS:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
