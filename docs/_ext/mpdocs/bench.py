"""Re-run the examples behind the performance pages and judge the targets.

Run from a clone of the guide: ``PYTHONPATH=docs/_ext python -m mpdocs.bench``
(``nox -s bench`` does it for you). The pages "Measuring speed-up" and
"Chunking and task size" each run their examples once, while the site is
built. This command runs the **same example scripts with the same arguments**
on your machine, prints what each one printed (the figure the page describes),
then one table of ratios read from the numbers each example wrote with
``--json``, each measured against a baseline timed in the same run: speed-up
over serial, and that speed-up as a share of its limit (the CPUs this process
may use, or what Amdahl's law allows).

Two rows carry the project's targets: the CPU-bound speed-up with every usable
CPU must reach 0.9 times their number, and for tiny tasks the slowest chunk
size must take at least 5 times as long as the fastest. The command exits with
status 1 when a target is missed (most often because other programs were
using the CPUs: the load averages printed before and after tell), with 3 when
an example failed, and with 0 otherwise. ``--quick`` runs tiny sizes to check
that everything works; its numbers mean little, so it judges no target.

The ``models`` and ``cluster`` sections run ``choose_model_cpu.py``,
``choose_model_io.py`` and ``dask_local_cluster.py`` and show their output as it is: those pages' own
prose says what was measured, and there is no target to judge.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from mpdocs.runner import ExampleFailed, run_example
from mpdocs.stamp import machine_stamp

__all__ = ["Row", "format_table", "main", "run"]

#: CPU-bound speed-up with every usable CPU must reach this share of them.
CPU_TARGET_SHARE = 0.9
#: For tiny tasks, the worst chunk size must be at least this many times slower
#: than the best one, or the chunking page would have nothing to show.
CHUNK_TARGET_RATIO = 5.0

#: What a missed target returns; usage errors return 2, as argparse does.
TARGET_MISSED = 1
#: What an example that failed (or wrote no results) returns.
EXAMPLE_FAILED = 3

#: Seconds one example may take at full size on a slow, busy machine.
TIMEOUT = 900.0

#: The arguments each example gets: the ones its page uses, and tiny ones.
FULL_ARGS: dict[str, tuple[str, ...]] = {
    "amdahl_curve.py": ("--limit", "200000"),
    "chunksize_sweep.py": (),
    "chunksize_by_hand.py": (),
    "chunksize_uneven.py": (),
    "choose_model_cpu.py": (),
    "choose_model_io.py": (),
    "dask_local_cluster.py": (),
}
QUICK_ARGS: dict[str, tuple[str, ...]] = {
    "amdahl_curve.py": ("--limit", "2000", "--repeat", "1"),
    "chunksize_sweep.py": ("--items", "200", "--repeat", "1"),
    "chunksize_by_hand.py": ("--items", "200", "--repeat", "1"),
    "chunksize_uneven.py": ("--tasks", "40", "--slow-limit", "1000", "--repeat", "1"),
    "choose_model_cpu.py": ("--tasks", "2"),
    "choose_model_io.py": ("--tasks", "4", "--seconds", "0.05"),
    "dask_local_cluster.py": ("--tasks", "4"),
}


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


@dataclass(frozen=True)
class Options:
    """What every section needs to know about this run."""

    start_method: str
    quick: bool

    @property
    def judge(self) -> bool:
        """Whether the sizes are big enough to judge the targets."""
        return not self.quick


class ExampleError(RuntimeError):
    """An example exited with a non-zero status: the bench cannot go on."""


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
      measurement                               ratio  of limit  target
      pool                                      1.90x       95%  >= 1.80x: met
    """
    lines: list[str] = []
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            lines.append(section)
            lines.append(f"  {'measurement':<40} {'ratio':>6}  {'of limit':>8}  target")
        if row.ratio is None:
            # Not measured: say why instead of leaving a hole in the table.
            lines.append(f"  {row.name:<40} {'-':>6}  {row.note}".rstrip())
            continue
        text = f"  {row.name:<40} {row.ratio:>5.2f}x  {_share(row):>8}  {_verdict(row)}"
        lines.append(text.rstrip())
    return "\n".join(lines)


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average: not available on this platform"
    one, five, fifteen = os.getloadavg()
    return f"load average: {one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


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


def cpu_rows(options: Options) -> list[Row]:
    """amdahl_curve.py: serial against a warm pool of every usable CPU."""
    data = _example("amdahl_curve.py", options, results=True)
    workers = data["workers"]
    section = (
        f"CPU-bound pure Python (count_primes({data['limit']})), vs serial "
        "(amdahl_curve.py)"
    )
    rows = []
    for s, speedup in zip(data["fractions"], data["speedups"], strict=True):
        if s == 0:
            target = CPU_TARGET_SHARE * workers
            met = speedup >= target if options.judge else None
            rows.append(
                Row(
                    section,
                    f"Pool of {workers} (all usable CPUs)",
                    speedup,
                    limit=workers,
                    target=target,
                    met=met,
                )
            )
        else:
            amdahl = 1 / (s + (1 - s) / workers)
            name = f"serial fraction {s:g} (limit: Amdahl)"
            rows.append(Row(section, name, speedup, limit=amdahl))
    return rows


def _by_chunksize(seconds: dict[str, float]) -> dict[int, float]:
    # JSON turned the examples' int chunk sizes into strings.
    return {int(key): value for key, value in seconds.items() if key.isdigit()}


def chunk_rows(options: Options) -> list[Row]:
    """The chunking page's three examples: tiny tasks, by hand, uneven tasks."""
    sweep = _example("chunksize_sweep.py", options, results=True)
    by_size = _by_chunksize(sweep["seconds"])
    serial = sweep["seconds"]["serial"]
    section = (
        f"Tiny tasks ({sweep['items']} items, {sweep['workers']} workers), "
        "vs serial (chunksize_sweep.py)"
    )
    rows = [
        Row(
            section,
            f"Pool.map, chunksize={size}"
            + (" (default)" if size == sweep["default"] else ""),
            serial / seconds,
        )
        for size, seconds in by_size.items()
    ]
    ratio = max(by_size.values()) / min(by_size.values())
    rows.append(
        Row(
            section,
            "worst chunksize / best chunksize",
            ratio,
            target=CHUNK_TARGET_RATIO,
            met=ratio >= CHUNK_TARGET_RATIO if options.judge else None,
        )
    )

    hand = _example("chunksize_by_hand.py", options, results=True)
    serial = hand["serial, no pool"]
    section = "Tiny tasks, batched by hand, vs serial (chunksize_by_hand.py)"
    rows.extend(
        Row(section, name, serial / seconds)
        for name, seconds in hand.items()
        if name != "serial, no pool"
    )

    uneven = _example("chunksize_uneven.py", options, results=True)
    by_size = _by_chunksize(uneven["seconds"])
    serial = uneven["seconds"]["serial"]
    section = (
        f"Uneven tasks ({len(uneven['limits'])} tasks, {uneven['workers']} "
        "workers), vs serial (chunksize_uneven.py)"
    )
    rows.extend(
        Row(
            section,
            f"Pool.map, chunksize={size}"
            + (" (default)" if size == uneven["default"] else ""),
            serial / seconds,
            limit=uneven["workers"],
        )
        for size, seconds in by_size.items()
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


def run(options: Options, sections: Sequence[str]) -> list[Row]:
    """Run the chosen *sections* and return every row, in order."""
    rows: list[Row] = []
    for name in sections:
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
    parsed = _parser().parse_args(argv)
    options = Options(start_method=parsed.start_method, quick=parsed.quick)
    print(f"mpguide benchmark · {machine_stamp(options.start_method)}")
    print(f"before: {_load()}", flush=True)
    print()
    try:
        rows = run(options, parsed.only)
    except (ExampleError, ExampleFailed) as error:
        print(f"after:  {_load()}")
        print(f"\nbench stopped: {error}", file=sys.stderr)
        return EXAMPLE_FAILED
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
    if options.judge:
        print(f"all {len(judged)} judged target(s) met")
    else:
        print("--quick: sizes too small to judge the targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
