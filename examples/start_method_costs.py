"""How long it takes to start a process, per start method.

Starts batches of children that do nothing, the start methods taking turns; prints
each method's median time per child and how many times slower than the fastest.
"""

import argparse
import json
import multiprocessing
import statistics
import time
from operator import truediv
from pathlib import Path

from mpguide.processes import do_nothing

START_METHODS = multiprocessing.get_all_start_methods()


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
    parser.add_argument("--processes", type=int, default=10, help="children per batch")
    parser.add_argument("--rounds", type=int, default=5, help="batches per method")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    processes, rounds = options.processes, options.rounds
    contexts = {m: multiprocessing.get_context(m) for m in START_METHODS}
    for ctx in contexts.values():
        seconds_per_child(ctx, 1)  # untimed: it may start a helper (the fork server)
    batches = {method: [] for method in contexts}
    for _ in range(rounds):  # the methods take turns: load hits them all alike
        for method, ctx in contexts.items():
            batches[method].append(seconds_per_child(ctx, processes))

    print(f"median of {rounds} batches of {processes} children that do nothing")
    seconds = {method: statistics.median(b) for method, b in batches.items()}
    fastest = min(seconds, key=seconds.get)
    print(f"{'method':<12}{'ms per child':>14}{'vs fastest':>12}")
    for method in sorted(seconds, key=seconds.get):  # median of per-round ratios
        ratio = statistics.median(map(truediv, batches[method], batches[fastest]))
        print(f"{method:<12}{seconds[method] * 1000:>14.2f}{ratio:>11.1f}x")
    if options.json:
        results = {"processes": processes, "rounds": rounds, "batches": batches}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
