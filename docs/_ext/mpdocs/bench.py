"""Re-run the examples behind the performance pages and judge the targets.

Run from a clone of the guide: ``PYTHONPATH=docs/_ext python -m mpdocs.bench``
(``nox -s bench`` does it for you). The pages "Measuring speed-up" and
"Chunking and task size" each run their examples once, while the site is
built. This command runs the **same example scripts with the same arguments**
on your machine, prints what each one printed (the figure the page describes),
then one table of ratios computed from the per-round seconds each example
wrote with ``--json``, with the statistic the pages use
(:class:`mpdocs.spread.Spread`: the median of the per-round ratios, and the
range of the middle rounds).

Two rows carry the project's targets. With n usable CPUs, a warm pool of n
workers, start-up excluded, must run the CPU-bound job of ``amdahl_curve.py``
at least 0.9 * n times as fast as the plain loop; and for tiny tasks in
``chunksize_sweep.py`` the slowest chunk size must take at least 5 times as
long as the fastest. A target is "met" when every middle round reached it,
"missed" when none did, and otherwise "too close to call". Before and after
the examples, the command checks how many CPUs a pool of busy workers really
gets (:func:`mpdocs.cpus.pool_busy_cpus`), measures how much CPU time other
programs took while the examples ran (Linux, from ``/proc/stat``), and prints
the load averages. It claims no miss on a busy machine (fewer than 85% of a
CPU per busy worker before or after, or others using more than 15% of the
usable CPUs during the run), nor for the speed-up when the probe's pool got fewer CPUs
than the target needs, and judges nothing when the pool measures faster than
the CPUs allow (a disturbed loop).

Exit status: 1 for a clear miss on a quiet machine, 3 when an example failed,
0 otherwise. ``--quick`` runs tiny sizes to check that everything works; its
numbers mean little, so it judges no target. By default the command runs the
``cpu`` and ``chunks`` sections, in about a minute; ``--only models,cluster``
(or ``--all``) adds ``choose_model_cpu.py``, ``choose_model_io.py`` and
``dask_local_cluster.py``, shown as they print: those pages' own prose says
what was measured, and there is no target to judge.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mpdocs.cpus import (
    OTHERS_SHARE,
    machine_clock,
    machine_was_quiet,
    others_cpus,
    pool_busy_cpus,
)
from mpdocs.measuring_text import CPU_TARGET_SHARE, amdahl_limit, amdahl_spreads
from mpdocs.runner import ExampleFailed, run_example
from mpdocs.spread import Spread
from mpdocs.stamp import machine_stamp, usable_cpus

__all__ = ["Machine", "Row", "format_table", "judge", "main", "run"]

#: For tiny tasks, the worst chunk size must be at least this many times slower
#: than the best one, or the chunking page would have nothing to show.
CHUNK_TARGET_RATIO = 5.0

#: What a missed target returns; usage errors return 2, as argparse does.
TARGET_MISSED = 1
#: What an example that failed (or wrote no results) returns.
EXAMPLE_FAILED = 3

#: Seconds one example may take at full size on a slow, busy machine.
TIMEOUT = 900.0

#: Task size of the busy-CPU probe (count_primes), about 0.2 s on a quiet core.
PROBE_LIMIT = 100_000

#: The arguments each example gets: the ones its page uses, and tiny ones.
FULL_ARGS: dict[str, tuple[str, ...]] = {
    "amdahl_curve.py": (),
    "chunksize_sweep.py": (),
    "chunksize_by_hand.py": (),
    "chunksize_uneven.py": (),
    "choose_model_cpu.py": (),
    "choose_model_io.py": (),
    "dask_local_cluster.py": (),
}
QUICK_ARGS: dict[str, tuple[str, ...]] = {
    "amdahl_curve.py": ("--task-seconds", "0.001", "--repeat", "1"),
    "chunksize_sweep.py": ("--items", "200", "--repeat", "1"),
    "chunksize_by_hand.py": ("--items", "200", "--repeat", "1"),
    "chunksize_uneven.py": ("--tasks", "40", "--slow-limit", "1000", "--repeat", "1"),
    "choose_model_cpu.py": ("--tasks", "2"),
    "choose_model_io.py": ("--tasks", "4", "--seconds", "0.05"),
    "dask_local_cluster.py": ("--tasks", "4"),
}

#: What :func:`judge` answers, as the table prints it.
MET, MISSED, TOO_CLOSE, NOT_JUDGED = "met", "MISSED", "too close to call", "not judged"


@dataclass(frozen=True)
class Machine:
    """What the bench saw of the machine: CPUs, load, and the probe's readings.

    *busy* holds the CPUs a pool of *usable* busy workers really got, measured
    with :func:`mpdocs.cpus.pool_busy_cpus` before and after the examples;
    *others* the CPUs that other programs used on average *while* the examples
    ran (:func:`mpdocs.cpus.others_cpus`), when the platform tells.
    """

    usable: int
    busy: tuple[float, ...] = ()
    loads: tuple[str, ...] = ()
    others: float | None = None

    @property
    def quiet(self) -> bool:
        """Whether every probe gave the pool its CPUs (85% each) and, during
        the examples, other programs used at most 15% of the usable CPUs."""
        if self.others is not None and self.others > OTHERS_SHARE * self.usable:
            return False
        return all(machine_was_quiet(b, self.usable) for b in self.busy)

    def describe(self) -> str:
        """One line: the probe's readings, the others' share, what they mean."""
        if not self.busy:
            return "CPUs a busy pool got: not measured"
        readings = " and ".join(f"{b:.2f}" for b in self.busy)
        when = "before and after" if len(self.busy) > 1 else "before"
        state = "quiet" if self.quiet else "BUSY (other programs took CPU time)"
        during = (
            ""
            if self.others is None
            else f"; other programs used {self.others:.2f} CPUs during them"
        )
        return (
            f"a pool of {self.usable} busy worker(s) got {readings} CPUs "
            f"({when} the examples){during}: {state}"
        )


@dataclass(frozen=True)
class Row:
    """One line of the table.

    *ratio* is the measured ratio (a speed-up, or for chunking worst over
    best), and *spread* its statistic when the example wrote per-round
    numbers; *limit* is the physical limit it compares with, if any; *target*
    is the ratio the project requires, if any; *verdict* what :func:`judge`
    said and *why* its reason (empty when there is nothing to add).
    """

    section: str
    name: str
    ratio: float | None
    limit: float | None = None
    target: float | None = None
    spread: Spread | None = None
    verdict: str = ""
    why: str = ""
    note: str = ""


@dataclass(frozen=True)
class Options:
    """What every section needs to know about this run."""

    start_method: str
    quick: bool
    machine: Machine = field(default_factory=lambda: Machine(usable_cpus()))

    @property
    def judge(self) -> bool:
        """Whether the sizes are big enough to judge the targets."""
        return not self.quick


def judge(
    spread: Spread,
    target: float,
    *,
    limit: float | None,
    quiet: bool,
    cpus: float | None = None,
    sized: bool = True,
) -> tuple[str, str]:
    """The verdict on *spread* against *target*, and why when it is not plain.

    A target is judged from the middle rounds (:meth:`Spread.against`). No miss
    is claimed on a machine that was not *quiet*, nor for a speed-up (a row
    with a *limit*) when the probe's pool got fewer *cpus* than the target
    needs; nothing is judged when every middle round beat the physical *limit*
    (the baseline was disturbed) or when the sizes were too small (*sized*
    false, ``--quick``).

    >>> judge(Spread(1.92, 1.9, 1.95, 5), 1.8, limit=2, quiet=True)
    ('met', '')
    >>> judge(Spread(1.5, 1.4, 1.6, 5), 1.8, limit=2, quiet=False)[0]
    'not judged'
    """
    if not sized:
        return NOT_JUDGED, "--quick: sizes too small"
    if limit is not None and spread.low > limit:
        return NOT_JUDGED, (
            f"every middle round beat the limit of {limit:.2f}x: the baseline "
            "rounds were slowed by something else"
        )
    verdict = spread.against(target)
    if verdict == "met":
        return MET, ""
    excuse = _no_fault(target, limit=limit, quiet=quiet, cpus=cpus)
    if excuse:
        return NOT_JUDGED, excuse
    if verdict == "missed":
        return MISSED, "every middle round fell short on a quiet machine"
    return TOO_CLOSE, (
        f"the middle rounds ({spread.low:.2f}x to {spread.high:.2f}x) straddle "
        f"{target:.2f}x"
    )


def _no_fault(
    target: float, *, limit: float | None, quiet: bool, cpus: float | None
) -> str:
    """Why a shortfall says nothing about the code, or "" when it may."""
    if not quiet:
        return "the machine was busy (see the probe above), no miss claimed"
    if limit is not None and cpus is not None and cpus < target:
        return (
            f"a busy pool got only {cpus:.2f} CPUs in the probe, fewer than the "
            "target needs, no miss claimed"
        )
    return ""


def _share(row: Row) -> str:
    if row.ratio is None or row.limit is None:
        return ""
    return f"{row.ratio / row.limit:.0%}"


def _verdict(row: Row) -> str:
    if row.target is None:
        return ""
    text = f">= {row.target:.2f}x: {row.verdict}"
    return f"{text} ({row.why})" if row.why else text


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a plain-text table, grouped by section.

    >>> spread = Spread(1.9, 1.85, 1.95, 5)
    >>> print(format_table([Row("CPU", "pool", 1.9, 2, 1.8, spread, "met")]))
    CPU
      measurement                             ratio      middle rounds  of limit  target
      pool                                    1.90x      1.85x - 1.95x       95%  >= 1.80x: met
    """
    lines: list[str] = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines.append(section)
            lines.append(
                f"  {'measurement':<36} {'ratio':>8}  {'middle rounds':>17}"
                f"  {'of limit':>8}  target"
            )
        if row.ratio is None:
            # Not measured: say why instead of leaving a hole in the table.
            lines.append(f"  {row.name:<36} {'-':>8}  {row.note}".rstrip())
            continue
        middle = f"{row.spread.low:.2f}x - {row.spread.high:.2f}x" if row.spread else ""
        text = (
            f"  {row.name:<36} {row.ratio:>7.2f}x  {middle:>17}  {_share(row):>8}"
            f"  {_verdict(row)}"
        )
        lines.append(text.rstrip())
    return "\n".join(lines)


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average: not available on this platform"
    one, five, fifteen = os.getloadavg()
    return f"load average: {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def _probe(start_method: str, workers: int) -> float:
    ctx = multiprocessing.get_context(start_method)
    return pool_busy_cpus(ctx, workers, limit=PROBE_LIMIT)


def _example(name: str, options: Options, *, results: bool) -> dict[str, Any]:
    """Run examples/NAME as its page does; print its transcript; return its JSON."""
    args = (QUICK_ARGS if options.quick else FULL_ARGS)[name]
    run = run_example(
        name,
        "--start-method",
        options.start_method,
        *args,
        timeout=TIMEOUT,
        results=results,
    )
    print(f"$ {run.command}\n{run.stdout}", end="", flush=True)
    if run.returncode != 0:
        raise ExampleError(
            f"examples/{name} exited with status {run.returncode}:\n{run.stderr}"
        )
    if run.stderr:
        print(run.stderr, end="", file=sys.stderr, flush=True)
    print()
    return run.results or {}


class ExampleError(RuntimeError):
    """An example exited with a non-zero status or wrote unusable numbers."""


def _target(
    section: str,
    name: str,
    *,
    spread: Spread,
    target: float,
    limit: float | None,
    options: Options,
) -> Row:
    verdict, why = judge(
        spread, target, limit=limit, quiet=options.machine.quiet, sized=options.judge
    )
    return Row(section, name, spread.median, limit, target, spread, verdict, why)


def cpu_rows(options: Options) -> list[Row]:
    """amdahl_curve.py: serial against a warm pool of every usable CPU."""
    data = _example("amdahl_curve.py", options, results=True)
    if "rounds" not in data:
        raise ExampleError("examples/amdahl_curve.py wrote no per-round seconds")
    workers = data["workers"]
    section = (
        f"CPU-bound pure Python ({4 * workers} x count_primes({data['limit']})), "
        "warm pool vs plain loop (amdahl_curve.py)"
    )
    rows = []
    for s, spread in amdahl_spreads(data).items():
        limit = amdahl_limit(s, workers)
        if s == 0:
            name = f"Pool of {workers} (all usable CPUs)"
            target = CPU_TARGET_SHARE * workers
            rows.append(
                _target(
                    section,
                    name,
                    spread=spread,
                    target=target,
                    limit=limit,
                    options=options,
                )
            )
        else:
            name = f"serial fraction {s:g} (limit: Amdahl)"
            rows.append(Row(section, name, spread.median, limit, spread=spread))
    return rows


def _by_chunksize(seconds: dict[str, Any]) -> dict[int, Any]:
    # JSON turned the examples' int chunk sizes into strings.
    return {int(key): value for key, value in seconds.items() if key.isdigit()}


def chunk_spread(sweep: dict[str, Any]) -> tuple[int, int, Spread]:
    """Worst and best chunk size of a sweep, and worst over best per round.

    Worst and best are chosen by median seconds (``"seconds"``); the ratio is
    taken round by round from ``"rounds"``, where every round timed every
    chunk size.
    """
    medians = _by_chunksize(sweep["seconds"])
    rounds = _by_chunksize(sweep["rounds"])
    worst = max(medians, key=medians.__getitem__)
    best = min(medians, key=medians.__getitem__)
    return worst, best, Spread.ratio(rounds[worst], rounds[best])


def _vs_serial(
    section: str,
    data: dict[str, Any],
    serial: str,
    *,
    default: int | None = None,
    limit: float | None = None,
) -> list[Row]:
    """Speed-up over *serial* of every other variant in *data*'s ``seconds``.

    With per-round ``rounds`` (every variant timed once per round), each
    speed-up is the :class:`Spread` of the per-round ratios; without, the
    ratio of the medians.
    """
    seconds = data["seconds"]
    rounds = data.get("rounds")
    rows = []
    for key, median in seconds.items():
        if key == serial:
            continue
        name = f"Pool.map, chunksize={key}" if key.isdigit() else key
        name += " (default)" if key.isdigit() and int(key) == default else ""
        if rounds:
            spread = Spread.ratio(rounds[serial], rounds[key])
            rows.append(Row(section, name, spread.median, limit, spread=spread))
        else:
            rows.append(Row(section, name, seconds[serial] / median, limit))
    return rows


def chunk_rows(options: Options) -> list[Row]:
    """The chunking page's three examples: tiny tasks, by hand, uneven tasks."""
    sweep = _example("chunksize_sweep.py", options, results=True)
    if "rounds" not in sweep:
        raise ExampleError("examples/chunksize_sweep.py wrote no per-round seconds")
    section = (
        f"Tiny tasks ({sweep['items']} items, {sweep['workers']} workers), "
        "vs serial (chunksize_sweep.py)"
    )
    rows = _vs_serial(section, sweep, "serial", default=sweep["default"])
    worst, best, spread = chunk_spread(sweep)
    name = f"chunksize {worst} / chunksize {best}"
    rows.append(
        _target(
            section,
            name,
            spread=spread,
            target=CHUNK_TARGET_RATIO,
            limit=None,
            options=options,
        )
    )

    hand = _example("chunksize_by_hand.py", options, results=True)
    if "seconds" not in hand:  # before the example wrote its rounds
        hand = {"seconds": hand}
    section = "Tiny tasks, batched by hand, vs serial (chunksize_by_hand.py)"
    rows.extend(_vs_serial(section, hand, "serial, no pool"))

    uneven = _example("chunksize_uneven.py", options, results=True)
    section = (
        f"Uneven tasks ({len(uneven['limits'])} tasks, {uneven['workers']} "
        "workers), vs serial (chunksize_uneven.py)"
    )
    rows.extend(
        _vs_serial(
            section,
            uneven,
            "serial",
            default=uneven["default"],
            limit=uneven["workers"],
        )
    )
    return rows


def model_rows(options: Options) -> list[Row]:
    """The "choosing" page's comparisons, shown as the examples print them."""
    rows = []
    for name, workload in [
        ("choose_model_cpu.py", "CPU-bound jobs, every model"),
        ("choose_model_io.py", "waiting jobs, every model"),
    ]:
        _example(name, options, results=False)
        rows.append(
            Row(
                f"Concurrency models ({name})",
                workload,
                None,
                note=f"see the output of {name} above",
            )
        )
    return rows


def cluster_rows(options: Options) -> list[Row]:
    """dask_local_cluster.py, shown as it prints, when Dask is installed."""
    section = "CPU-bound job beyond multiprocessing (dask_local_cluster.py)"
    missing = [name for name in ("dask", "distributed") if not _importable(name)]
    if missing:
        note = f"not installed ({', '.join(missing)}): pip install 'mpguide[cluster]'"
        return [Row(section, "Dask LocalCluster", None, note=note)]
    _example("dask_local_cluster.py", options, results=False)
    return [
        Row(
            section,
            "Dask LocalCluster",
            None,
            note="see the output of dask_local_cluster.py above",
        )
    ]


def _importable(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


SECTIONS: dict[str, Callable[[Options], list[Row]]] = {
    "cpu": cpu_rows,
    "chunks": chunk_rows,
    "models": model_rows,
    "cluster": cluster_rows,
}
#: What runs without ``--only`` or ``--all``: the two targets, in about a minute.
DEFAULT_SECTIONS = ["cpu", "chunks"]


@contextmanager
def _timed(label: str, timings: list[tuple[str, float]]) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings.append((label, time.perf_counter() - start))


def run(
    options: Options,
    sections: Sequence[str],
    timings: list[tuple[str, float]] | None = None,
) -> list[Row]:
    """Run the chosen *sections* and return every row, in order.

    How long each section took is appended to *timings*, when given.
    """
    rows: list[Row] = []
    timings = [] if timings is None else timings
    for name in sections:
        with _timed(f"section {name}", timings):
            rows.extend(SECTIONS[name](options))
    return rows


def _sections(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"choose from {', '.join(SECTIONS)}, got {text!r}"
        )
    return names


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mpdocs.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how the examples start child processes (default: spawn)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny sizes: checks that everything runs; judges no target",
    )
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--only",
        type=_sections,
        default=DEFAULT_SECTIONS,
        metavar="SECTIONS",
        help=f"comma-separated subset of: {', '.join(SECTIONS)} "
        f"(default: {','.join(DEFAULT_SECTIONS)})",
    )
    choice.add_argument(
        "--all",
        dest="only",
        action="store_const",
        const=list(SECTIONS),
        help="every section, models and cluster too (a few minutes)",
    )
    return parser


def _times(timings: Sequence[tuple[str, float]]) -> str:
    return "time: " + ", ".join(
        f"{label} {seconds:.1f} s" for label, seconds in timings
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return 1 for a clear miss on a quiet machine, else 0."""
    parsed = _parser().parse_args(argv)
    started = time.perf_counter()
    timings: list[tuple[str, float]] = []
    usable = usable_cpus()
    print(f"mpguide benchmark · {machine_stamp(parsed.start_method)}")
    loads = [_load()]
    print(f"before: {loads[0]}", flush=True)
    with _timed("probe before", timings):
        busy = [_probe(parsed.start_method, usable)]
    print(f"before: {Machine(usable, tuple(busy)).describe()}", flush=True)
    print()
    try:
        # The verdicts need the probe after the run too: measure the sections
        # first, then judge them against the machine both readings describe.
        clock = machine_clock()
        raw = run(Options(parsed.start_method, parsed.quick), parsed.only, timings)
        others = others_cpus(clock, machine_clock())
    except (ExampleError, ExampleFailed) as error:
        print(f"after:  {_load()}")
        print(f"\nbench stopped: {error}", file=sys.stderr)
        return EXAMPLE_FAILED
    with _timed("probe after", timings):
        busy.append(_probe(parsed.start_method, usable))
    loads.append(_load())
    machine = Machine(usable, tuple(busy), tuple(loads), others)
    rows = [_rejudge(row, machine, parsed.quick) for row in raw]
    print(f"after:  {loads[1]}")
    print(f"machine: {machine.describe()}")
    print()
    print(format_table(rows))
    print()
    timings.append(("total", time.perf_counter() - started))
    print(_times(timings))
    return _summary(rows, machine, quick=parsed.quick)


def _rejudge(row: Row, machine: Machine, quick: bool) -> Row:
    """*row* judged against what the probe saw before and after the run."""
    if row.target is None or row.spread is None:
        return row
    verdict, why = judge(
        row.spread,
        row.target,
        limit=row.limit,
        quiet=machine.quiet,
        cpus=min(machine.busy, default=None),
        sized=not quick,
    )
    return Row(
        row.section,
        row.name,
        row.ratio,
        row.limit,
        row.target,
        row.spread,
        verdict,
        why,
        row.note,
    )


def _summary(rows: Sequence[Row], machine: Machine, *, quick: bool) -> int:
    """Print the closing verdict and return the exit status."""
    judged = [row for row in rows if row.target is not None]
    missed = [row for row in judged if row.verdict == MISSED]
    if quick:
        print("--quick: sizes too small to judge the targets")
        return 0
    if not machine.quiet:
        print(
            "The machine was busy: a pool did not get its CPUs before or after the "
            "examples, or other programs used CPU time while they ran, so no target "
            "is claimed missed. Close other programs and run again to judge them."
        )
    if missed:
        print(
            f"{len(missed)} target(s) missed on a quiet machine: "
            + "; ".join(row.name for row in missed)
        )
        return TARGET_MISSED
    counts = {
        v: sum(row.verdict == v for row in judged) for v in (MET, TOO_CLOSE, NOT_JUDGED)
    }
    print(
        f"targets: {counts[MET]} met, {counts[TOO_CLOSE]} too close to call, "
        f"{counts[NOT_JUDGED]} not judged; none missed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
