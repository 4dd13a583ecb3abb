"""Re-run the performance pages' examples and judge the project's two targets.

``nox -s bench`` (from a clone: ``PYTHONPATH=docs/_ext python -m mpdocs.bench``)
runs the examples of the performance pages with the arguments those pages
pass, and prints what each one printed. Then it prints the machine's state and
a table of ratios, each from the per-round seconds the example wrote with
``--json``: the baseline's time over the variant's in each interleaved round,
quoted as every page quotes a ratio (:func:`mpdocs.spread.phrase`).

Two targets are judged with the pages' one rule (:meth:`Spread.against`). With
n usable CPUs, a warm pool of n workers runs the CPU-bound job of
``amdahl_curve.py`` at least 0.9 * n times as fast as the plain loop; and in
``chunksize_sweep.py`` the slowest chunk size takes at least 5 times as long
as the fastest. The machine counts as busy when a pool of busy workers, probed
before and after the examples, or the CPUs other programs left free while they
ran, fall short of what :func:`mpdocs.spread.condition` asks; a busy machine
never gets a miss.

Exit status: 1 for a clear miss on a quiet machine, 3 when an example failed,
2 for bad options, 0 otherwise.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mpdocs.cpus import machine_clock, others_cpus, pool_busy_cpus
from mpdocs.runner import ExampleFailed, run_example
from mpdocs.spread import QUIET_SHARE, Condition, Spread, condition, phrase
from mpdocs.stamp import machine_stamp, usable_cpus

__all__ = ["SECTIONS", "Example", "Machine", "main", "ratios", "report", "targets"]


@dataclass(frozen=True)
class Example:
    """An example as its page runs it, and the tiny sizes ``--quick`` adds."""

    name: str
    args: tuple[str, ...]
    quick: tuple[str, ...] = ()


SPAWN = ("--start-method", "spawn")
ONE_ROUND = ("--repeat", "1")
SECTIONS: dict[str, tuple[Example, ...]] = {
    "cpu": (
        Example("amdahl_curve.py", SPAWN, ("--task-seconds", "0.001", *ONE_ROUND)),
    ),
    "chunks": (
        Example("chunksize_sweep.py", SPAWN, ("--items", "200", *ONE_ROUND)),
        Example("chunksize_by_hand.py", SPAWN, ("--items", "200", *ONE_ROUND)),
        Example("chunksize_uneven.py", SPAWN, ("--tasks", "40", *ONE_ROUND)),
    ),
    "models": (
        Example("choose_model_cpu.py", SPAWN, ("--tasks", "2", "--rounds", "1")),
        Example("choose_model_io.py", SPAWN, ("--seconds", "0.01", "--rounds", "1")),
    ),
    "cluster": (Example("dask_local_cluster.py", SPAWN, ("--tasks", "4")),),
}
#: What runs without ``--only`` or ``--all``: the two targets, in about a minute.
DEFAULT_SECTIONS = ("cpu", "chunks")
#: The key of an example's rounds that every other key is compared with.
BASELINES = ("loop", "serial", "serial, no pool")
CPU_TARGET, CHUNK_TARGET = 0.9, 5.0
TARGET_MISSED, EXAMPLE_FAILED = 1, 3
#: Seconds one example may take at full size on a slow, busy machine.
TIMEOUT = 900.0


@dataclass(frozen=True)
class Machine:
    """The machine during the run: usable CPUs, the probe's readings, the others.

    *busy* holds the CPUs a pool of *usable* busy workers got, before and after
    the examples (:func:`mpdocs.cpus.pool_busy_cpus`); *others* the CPUs other
    programs used meanwhile (:func:`mpdocs.cpus.others_cpus`), where known.
    """

    usable: int
    busy: tuple[float, ...] = ()
    others: float | None = None

    @property
    def got(self) -> float:
        """The fewest CPUs the examples could count on, by any reading."""
        left = () if self.others is None else (self.usable - self.others,)
        return min((*self.busy, *left), default=float(self.usable))

    @property
    def state(self) -> Condition:
        """:func:`condition`, which on one CPU does not ask whether it is busy."""
        if self.usable == 1:
            return "busy" if self.got < QUIET_SHARE else "one-cpu"
        return condition(self.usable, self.got)


def ratios(results: Mapping[str, Any]) -> dict[str, Spread]:
    """Baseline time over each variant's time, round by round.

    Examples that time several jobs (``choose_model_cpu.py``) nest their rounds
    by job; the job's name then starts each label.
    """
    rounds = results.get("rounds") or {}
    nested = all(isinstance(times, dict) for times in rounds.values())
    table = {}
    for job, times in (rounds if nested else {"": rounds}).items():
        base = next((name for name in BASELINES if name in times), None)
        for name, seconds in times.items():
            if base is not None and name != base:
                label = f"{job} {name} vs {base}".strip()
                table[label] = Spread.ratio(times[base], seconds)
    return table


def targets(
    results: Mapping[str, Mapping[str, Any]],
) -> dict[str, tuple[Spread, float]]:
    """The two targets' measurements and thresholds, for the examples that ran."""
    found = {}
    if curve := results.get("amdahl_curve.py"):
        n, rounds = curve["workers"], curve["rounds"]
        label = f"amdahl_curve.py: warm pool of {n}, s = 0, speed-up"
        found[label] = (Spread.ratio(rounds["loop"], rounds["0.0"]), CPU_TARGET * n)
    if sweep := results.get("chunksize_sweep.py"):
        sizes = {int(k): v for k, v in sweep["rounds"].items() if k.isdigit()}
        slowest = max(sizes, key=lambda size: statistics.median(sizes[size]))
        fastest = min(sizes, key=lambda size: statistics.median(sizes[size]))
        label = f"chunksize_sweep.py: chunksize={slowest} / chunksize={fastest}"
        found[label] = (Spread.ratio(sizes[slowest], sizes[fastest]), CHUNK_TARGET)
    return found


def report(
    results: Mapping[str, Mapping[str, Any]], machine: Machine, *, quick: bool = False
) -> int:
    """Print the machine's state, the ratios and the verdicts; return the status."""
    state = machine.state
    print(
        f"machine: {state} (the examples could count on {machine.got:.2f} of "
        f"{machine.usable} CPUs)"
    )
    print("\nspeed-ups: the baseline's seconds over the variant's, per round")
    for example, data in results.items():
        for label, spread in ratios(data).items():
            print(f"  {example:<22} {label:<44} {phrase(spread)}")
    if quick:
        print("\n--quick: sizes too small, no target judged")
        return 0
    print("\ntargets: met if every middle round reaches it, missed if none does")
    verdicts = []
    for label, (spread, target) in targets(results).items():
        verdicts.append(spread.against(target, state))
        shown = "too close to call" if verdicts[-1] == "too close" else verdicts[-1]
        print(f"  {label}: {phrase(spread)}; target {target:.2f}: {shown}")
    if state == "busy":
        print(
            "The machine was busy, so no target can be missed: run it again "
            "with other programs closed to judge them."
        )
    missed = verdicts.count("missed")
    print(
        f"verdict: {verdicts.count('met')} met, {missed} missed, "
        f"{len(verdicts) - verdicts.count('met') - missed} too close or not judged"
    )
    return TARGET_MISSED if missed else 0


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average unknown"
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def _probe(usable: int) -> float:
    ctx = multiprocessing.get_context("spawn")
    busy = pool_busy_cpus(ctx, usable, limit=100_000)
    print(f"{_load()}; a pool of {usable} busy workers got {busy:.2f} CPUs", flush=True)
    return busy


def _run(example: Example, quick: bool) -> dict[str, Any]:
    """Run *example* as its page does; print what it printed; return its JSON."""
    args = (*example.args, *example.quick) if quick else example.args
    run = run_example(example.name, *args, timeout=TIMEOUT, results=True)
    print(f"$ {run.command}\n{run.stdout}", end="")
    print(run.stderr, end="", file=sys.stderr)
    if run.returncode != 0:
        raise ExampleFailed(f"examples/{example.name} exited with {run.returncode}")
    print(f"({run.seconds:.1f} s)\n", flush=True)
    return run.results or {}


def _sections(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    if not names or not set(names) <= set(SECTIONS):
        raise argparse.ArgumentTypeError(f"choose from {', '.join(SECTIONS)}")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return the exit status (see the module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="python -m mpdocs.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, no verdict")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--only",
        type=_sections,
        default=DEFAULT_SECTIONS,
        metavar="SECTIONS",
        help=f"comma-separated, from: {', '.join(SECTIONS)} (default: cpu,chunks)",
    )
    choice.add_argument(
        "--all", dest="only", action="store_const", const=tuple(SECTIONS)
    )
    options = parser.parse_args(argv)
    started, usable = time.perf_counter(), usable_cpus()
    print(f"mpguide benchmark · {machine_stamp()}\nbefore: ", end="")
    busy = [_probe(usable)]
    print()
    clock, results = machine_clock(), {}
    try:
        for example in (e for section in options.only for e in SECTIONS[section]):
            results[example.name] = _run(example, options.quick)
    except ExampleFailed as error:
        print(f"bench stopped: {error}", file=sys.stderr)
        return EXAMPLE_FAILED
    others = others_cpus(clock, machine_clock())
    print("after: ", end="")
    busy.append(_probe(usable))
    if others is not None:
        print(f"during: other programs used {others:.2f} CPUs on average")
    status = report(results, Machine(usable, tuple(busy), others), quick=options.quick)
    print(f"time: {time.perf_counter() - started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
