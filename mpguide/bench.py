"""Re-run the measurements behind the guide's performance pages: ``python -m mpguide.bench``.

The pages "Measuring speed-up", "Chunking and task size", "Choosing a
concurrency model" and "Beyond one machine" each run their measurement once,
while the site is built. This command runs the same functions on your machine
and prints one table of ratios, each measured against a baseline timed in the
same run: speed-up over serial, and that speed-up as a share of the physical
limit (the CPUs this process may use).

Two rows carry the project's targets. The command exits with status 1 when a
target is missed (most often because other programs were using the CPUs:
the load averages printed before and after tell), and with 0 otherwise.
``--quick`` runs tiny sizes to check that everything works; its numbers mean
little, so it judges no target.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mpguide.chunking import time_chunksizes
from mpguide.cli import ExampleParser, example_parser
from mpguide.measuring import cpu_speedup
from mpguide.models import LABELS, WORKLOAD_LABELS, WORKLOADS, compare_models
from mpguide.pools import default_chunksize
from mpguide.stamp import machine_stamp, usable_cpus
from mpguide.timing import speedup, wall_time
from mpguide.workers import count_primes

__all__ = ["Row", "Sizes", "format_table", "main", "run"]

#: CPU-bound speed-up with every usable CPU must reach this share of them.
CPU_TARGET_SHARE = 0.9
#: For tiny tasks, the worst chunk size must be at least this many times slower
#: than the best one, or the chunking page would have nothing to show.
CHUNK_TARGET_RATIO = 5.0

#: What a failed target returns; usage errors return 2, as argparse does.
TARGET_MISSED = 1


@dataclass(frozen=True)
class Sizes:
    """How much work each measurement does."""

    cpu_limit: int
    cpu_tasks_per_worker: int
    chunk_items: int
    repeat: int
    model_tasks: int | None


FULL = Sizes(
    cpu_limit=200_000,
    cpu_tasks_per_worker=4,
    chunk_items=20_000,
    repeat=3,
    model_tasks=None,
)
QUICK = Sizes(
    cpu_limit=2_000,
    cpu_tasks_per_worker=1,
    chunk_items=200,
    repeat=1,
    model_tasks=4,
)


@dataclass(frozen=True)
class Row:
    """One line of the table.

    *ratio* is the measured ratio (a speed-up, or for chunking worst over
    best); *limit* is the physical limit it compares with, if any; *target*
    is the ratio the project requires, if any, and *met* whether it was
    reached (``None`` when not judged).
    """

    section: str
    name: str
    ratio: float | None
    limit: float | None = None
    target: float | None = None
    met: bool | None = None
    note: str = ""


def _share(row: Row) -> str:
    if row.ratio is None or row.limit is None:
        return ""
    return f"{row.ratio / row.limit:.0%}"


def _verdict(row: Row) -> str:
    if row.target is None:
        return ""
    if row.met is None:
        return f">= {row.target:.2f}x: not judged"
    return f">= {row.target:.2f}x: {'met' if row.met else 'MISSED'}"


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a plain-text table, grouped by section.

    >>> print(format_table([Row("CPU", "pool", 1.9, limit=2, target=1.8, met=True)]))
    CPU
      measurement                         ratio  of limit  target
      pool                                1.90x       95%  >= 1.80x: met
    """
    lines: list[str] = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines.append(section)
            lines.append(f"  {'measurement':<34} {'ratio':>6}  {'of limit':>8}  target")
        if row.ratio is None:
            # Not measured: say why instead of leaving a hole in the table.
            lines.append(f"  {row.name:<34} {'-':>6}  {row.note}".rstrip())
            continue
        text = f"  {row.name:<34} {row.ratio:>5.2f}x  {_share(row):>8}  {_verdict(row)}"
        lines.append(text.rstrip())
    return "\n".join(lines)


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average: not available on this platform"
    one, five, fifteen = os.getloadavg()
    return f"load average: {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def cpu_rows(start_method: str, sizes: Sizes, judge: bool) -> list[Row]:
    """Serial versus a warm pool of every usable CPU, on equal CPU-bound tasks."""
    workers = usable_cpus()
    ctx = multiprocessing.get_context(start_method)
    tasks = [sizes.cpu_limit] * (workers * sizes.cpu_tasks_per_worker)
    timing = cpu_speedup(ctx, workers, tasks, repeat=sizes.repeat)
    target = CPU_TARGET_SHARE * workers
    return [
        Row(
            "CPU-bound pure Python (count_primes), vs serial",
            f"Pool of {workers} (all usable CPUs)",
            timing.speedup,
            limit=workers,
            target=target,
            met=timing.speedup >= target if judge else None,
        )
    ]


def chunk_rows(start_method: str, sizes: Sizes, judge: bool) -> list[Row]:
    """Tiny tasks at several chunk sizes; the spread between worst and best."""
    workers = usable_cpus()
    ctx = multiprocessing.get_context(start_method)
    items = sizes.chunk_items
    default = default_chunksize(items, workers)
    chunksizes = sorted({1, 10, 100, default, max(1, items // workers)})
    timings = time_chunksizes(ctx, items, workers, chunksizes, repeat=sizes.repeat)
    section = f"Tiny tasks ({items} items, {workers} workers), vs serial"
    rows = [
        Row(
            section,
            f"Pool.map, chunksize={size}" + (" (default)" if size == default else ""),
            speedup(timings.serial, seconds),
        )
        for size, seconds in timings.by_chunksize.items()
    ]
    rows.append(
        Row(section, "batches by hand", speedup(timings.serial, timings.by_hand))
    )
    ratio = timings.worst_over_best
    rows.append(
        Row(
            section,
            "worst chunksize / best chunksize",
            ratio,
            target=CHUNK_TARGET_RATIO,
            met=ratio >= CHUNK_TARGET_RATIO if judge else None,
        )
    )
    return rows


def model_rows(start_method: str, sizes: Sizes, judge: bool) -> list[Row]:
    """Every concurrency model on every workload of the "choosing" page."""
    del judge  # no targets here: the page states what was measured
    rows = []
    for workload in WORKLOADS:
        times = compare_models(
            workload,
            start_method=start_method,
            tasks=sizes.model_tasks,
            repeat=sizes.repeat,
        )
        serial = times["serial"]
        if not isinstance(serial, float):
            raise TypeError(f"{workload}: serial run has no time: {serial}")
        section = f"Workload {WORKLOAD_LABELS[workload]}, vs serial"
        for model, seconds in times.items():
            if model == "serial":
                continue
            label = LABELS[model]
            if isinstance(seconds, str):
                rows.append(Row(section, label, None, note=seconds))
            else:
                rows.append(Row(section, label, speedup(serial, seconds)))
    return rows


def cluster_rows(start_method: str, sizes: Sizes, judge: bool) -> list[Row]:
    """Dask's LocalCluster and joblib on the CPU-bound job, when installed."""
    del judge
    section = "CPU-bound job beyond multiprocessing, vs serial"
    missing = [
        name for name in ("dask", "distributed", "joblib") if not _importable(name)
    ]
    if missing:
        note = f"not installed ({', '.join(missing)}): pip install 'mpguide[cluster]'"
        return [Row(section, "Dask LocalCluster and joblib", None, note=note)]
    from mpguide.cluster import time_dask, time_joblib  # noqa: PLC0415 - optional

    workers = usable_cpus()
    limits = [sizes.cpu_limit] * (workers * sizes.cpu_tasks_per_worker)
    # Only the serial baseline is needed here: no pool to start and discard.
    serial = wall_time(lambda: [count_primes(limit) for limit in limits], repeat=1)
    dask = time_dask(limits, workers, start_method=start_method)
    joblib_seconds = time_joblib(limits, workers)
    return [
        Row(
            section,
            f"Dask LocalCluster, {workers} workers",
            speedup(serial, dask.job_seconds),
            limit=workers,
        ),
        Row(
            section,
            f"joblib loky, {workers} workers",
            speedup(serial, joblib_seconds),
            limit=workers,
        ),
    ]


def _importable(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


SECTIONS: dict[str, Callable[[str, Sizes, bool], list[Row]]] = {
    "cpu": cpu_rows,
    "chunks": chunk_rows,
    "models": model_rows,
    "cluster": cluster_rows,
}


def run(
    start_method: str, sizes: Sizes, sections: Sequence[str], judge: bool
) -> list[Row]:
    """Run the chosen *sections* and return every row, in order."""
    rows: list[Row] = []
    for name in sections:
        rows.extend(SECTIONS[name](start_method, sizes, judge))
    return rows


def _sections(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"choose from {', '.join(SECTIONS)}, got {text!r}"
        )
    return names


def _parser() -> ExampleParser:
    parser = example_parser(__doc__)
    parser.prog = "python -m mpguide.bench"
    parser.add_argument(
        "--quick",
        action="store_true",
        help="tiny sizes: checks that everything runs; judges no target",
    )
    parser.add_argument(
        "--only",
        type=_sections,
        default=list(SECTIONS),
        metavar="SECTIONS",
        help=f"comma-separated subset of: {', '.join(SECTIONS)}",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return 1 if a judged target was missed, else 0."""
    options = _parser().parse_args(argv)
    judge = not options.quick
    sizes = QUICK if options.quick else FULL
    print(f"mpguide benchmark · {machine_stamp(options.start_method)}")
    print(f"before: {_load()}", flush=True)
    rows = run(options.start_method, sizes, options.only, judge)
    print(f"after:  {_load()}")
    print()
    print(format_table(rows))
    print()
    missed = [row for row in rows if row.met is False]
    if missed:
        print(
            f"{len(missed)} target(s) missed: "
            + "; ".join(row.name for row in missed)
            + ". Is something else using the CPUs? Compare the load averages."
        )
        return TARGET_MISSED
    judged = [row for row in rows if row.met]
    if judge:
        print(f"all {len(judged)} judged target(s) met")
    else:
        print("--quick: sizes too small to judge the targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
