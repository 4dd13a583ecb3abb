"""How long it takes to start a process, per start method.

Starts batches of children that do nothing with each start method available here;
prints the median time per child and how many times slower than the fastest.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from pathlib import Path

from mpguide.workers import do_nothing


def seconds_per_child(ctx, processes: int) -> float:
    """Start that many children, then join them all: the seconds per child."""
    start = time.perf_counter()
    children = [ctx.Process(target=do_nothing) for _ in range(processes)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)
        if child.exitcode != 0:
            child.kill()  # in case it is stuck: exit would wait for it
            raise SystemExit(f"a child that does nothing failed: {child.exitcode}")
    return (time.perf_counter() - start) / processes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processes", type=int, default=20, help="children per batch")
    parser.add_argument("--repeat", type=int, default=5, help="batches per method")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    processes, repeat = options.processes, options.repeat

    print(f"median of {repeat} batches of {processes} children that do nothing")
    seconds = {}
    for method in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context(method)
        seconds_per_child(ctx, 1)  # untimed: it may start a helper (the fork server)
        batches = [seconds_per_child(ctx, processes) for _ in range(repeat)]
        seconds[method] = statistics.median(batches)

    fastest = min(seconds.values())
    print(f"{'method':<12}{'ms per child':>14}{'vs fastest':>12}")
    for method in sorted(seconds, key=seconds.get):
        ms, ratio = seconds[method] * 1000, seconds[method] / fastest
        print(f"{method:<12}{ms:>14.2f}{ratio:>11.1f}x")
    results = {"processes": processes, "repeat": repeat, "seconds": seconds}
    if options.json:
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
