"""The sentences, table and chart the GIL page chooses from its measured run.

The page runs ``examples/gil_cpu_vs_io.py`` with two workers on whatever
machine builds it. The example times each job serially, on threads and on
processes in interleaved rounds and writes every round's seconds with
``--json``. :func:`speedups` turns them into per-round speed-ups with their
spread (:mod:`mpdocs.spread`); :func:`gil_sentences` words them for the run
it got: two or more quiet CPUs, a busy machine (the busy check,
:func:`mpdocs.cpus.pool_busy_cpus`), or one CPU, where processes can only take
turns and no parallel speed-up can show. Two speed-ups are ranked only when
their spreads do not overlap.
"""

from __future__ import annotations

import platform
import shutil
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.cpus import machine_was_quiet
from mpdocs.spread import TOO_CLOSE, Spread, compare, error_bars

#: The multiplication sign (U+00D7) the page writes after each speed-up.
TIMES = "\u00d7"

#: Speed-up at which two workers clearly overlapped (the ideal is 2).
OVERLAPPED = 1.3

#: The example's task names, and the page's names for its three jobs.
JOBS = {"count_primes": "cpu", "hash_zeros": "hash", "wait_for_io": "io"}
LABELS = {"cpu": "cpu (pure Python)", "hash": "hash (hashlib)", "io": "io (sleep)"}
MODES = ("serial", "threads", "processes")

_SERIAL = Spread(1.0, 1.0, 1.0, 1)

Speedups = Mapping[str, Mapping[str, Spread]]


def build_facts() -> dict[str, Any]:
    """Glue values about the Python that builds the page, after checking them.

    The page describes a default build with the GIL enabled and says that the
    build machine has no free-threaded interpreter; raise if either is false.
    """
    if not getattr(sys, "_is_gil_enabled", lambda: True)():
        raise RuntimeError("this page's claims assume the GIL is enabled")
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise RuntimeError("this page was not written for a free-threaded build")
    if any(shutil.which(f"python3.{minor}t") for minor in (13, 14, 15)):
        raise RuntimeError("the page says no free-threaded Python is installed")
    return {
        "build_gil_status": f"Python {platform.python_version()}, default build "
        "(with GIL)",
        "switch_ms": sys.getswitchinterval() * 1000,
    }


def check_increment(opnames: Sequence[str]) -> None:
    """Raise unless ``counter += 1`` compiled to a load, an add and a store."""
    names = list(opnames)
    add = {"BINARY_OP", "INPLACE_ADD"} & set(names)
    if not ("LOAD_GLOBAL" in names and "STORE_GLOBAL" in names and add):
        raise RuntimeError(f"the page describes a load, an add and a store: {names}")
    if names.index("STORE_GLOBAL") - names.index("LOAD_GLOBAL") < 2:
        raise RuntimeError(f"no separate add between load and store: {names}")


def speedups(results: Mapping[str, Any]) -> dict[str, dict[str, Spread]]:
    """Per-round speed-ups over serial, by job (cpu, hash, io) and mode."""
    table = {}
    for task, data in results["jobs"].items():
        rounds = data["rounds"]
        table[JOBS[task]] = {
            mode: Spread.ratio(rounds["serial"], rounds[mode]) for mode in MODES
        }
    return table


def _x(spread: Spread) -> str:
    return f"{spread.median:.2f}{TIMES}"


def _clearly_overlapped(spread: Spread) -> bool:
    return spread.against(OVERLAPPED) == "met"


def page_values(results: Mapping[str, Any], busy: float, usable: int) -> dict[str, Any]:
    """Every value the page glues after the run: numbers, sentences and the table."""
    speed = speedups(results)
    values: dict[str, Any] = {
        f"{job}_{mode}_x": spread.median
        for job, modes in speed.items()
        for mode, spread in modes.items()
    }
    values["usable_cpus_text"] = f"{usable} usable CPU{'s' * (usable != 1)}"
    text = gil_sentences(speed, busy, usable)
    for key in ("cpus", "load", "post"):
        values[f"{key}_text"] = text[key]
    values["notice_text"] = "\n".join(f"- {text[job]}" for job in speed)
    values["speed_table"] = speed_table(results, speed)
    return values


def speed_table(results: Mapping[str, Any], speed: Speedups) -> str:
    """A Markdown table: median seconds and median speed-up (with its range)."""
    rows = [
        "| job | serial | 2 threads | 2 processes |",
        "| --- | ---: | ---: | ---: |",
    ]
    for task, data in results["jobs"].items():
        job = JOBS[task]
        cells = []
        for mode in MODES:
            seconds = Spread.of(data["rounds"][mode]).median
            s = speed[job][mode]
            ratio = (
                _x(s) if mode == "serial" else f"{_x(s)}, {s.low:.2f} to {s.high:.2f}"
            )
            cells.append(f"{seconds:.2f} s ({ratio})")
        label = f"{LABELS[job]}, {data['tasks']} tasks"
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def gil_sentences(speed: Speedups, busy: float, usable: int) -> dict[str, str]:
    """Sentences for per-round *speed* (``{"cpu"|"hash"|"io": {mode: Spread}}``).

    *busy* is the lower reading of two busy workers' CPUs; *usable* the CPUs
    the build may use. Keys: ``cpus`` (after the usable-CPU count), ``load``,
    ``cpu``, ``hash``, ``io`` and ``post`` (the 2016 section's speed-ups).
    """
    cpu, hashing, io = (speed[job] for job in ("cpu", "hash", "io"))
    one_cpu = usable < 2
    quiet = machine_was_quiet(busy, 2)
    text = {}
    if one_cpu:
        text["cpus"] = (
            "With one CPU, two processes can only take turns; the example still "
            "uses two workers so that on two or more CPUs it shows the difference, "
            "and the same number for threads and processes keeps the comparison fair."
        )
        text["load"] = (
            "**This page was built on a machine with one usable CPU**, so the "
            "numbers below cannot show a parallel speed-up: two processes, like "
            "two threads, only took turns on that one CPU. Only waiting can still "
            "overlap."
        )
    else:
        text["cpus"] = (
            "More processes than CPUs cannot make CPU-bound work faster, and "
            "giving threads and processes the same number keeps the comparison fair."
        )
        text["load"] = (
            f"A check before and after the jobs found that two busy workers got "
            f"{busy:.2f} CPUs, so nothing else held them back."
            if quiet
            else f"**The build machine was busy this time:** two busy workers got "
            f"only {busy:.2f} CPUs in a check before or after the jobs, so the "
            "computing jobs could not run two at a time, and their speed-ups "
            "below understate what two free cores give."
        )
    text["cpu"] = _cpu_sentence(cpu, quiet, one_cpu)
    text["hash"] = _hash_sentence(hashing, one_cpu)
    text["io"] = _io_sentence(io)
    text["post"] = (
        f"They do speed up **blocking I/O** ({_x(io['threads'])} above) and "
        "**C code that releases the GIL** "
        + (
            "when a second CPU is free to run it: this build had only one CPU, "
            f"hence the **hash** row's {_x(hashing['threads'])}."
            if one_cpu
            else f"({_x(hashing['threads'])})."
            if _clearly_overlapped(hashing["threads"])
            else "when a second CPU is free to run it: this build's machine was "
            f"busy, hence the **hash** row's {_x(hashing['threads'])}."
        )
    )
    return text


def _hash_sentence(hashing: Mapping[str, Spread], one_cpu: bool) -> str:
    return (
        f"**hash**: threads ran {hashing['threads'].median:.2f} times as fast as "
        "serial. Each thread spent nearly all its time inside hashlib with the GIL "
        "released, so "
        + (
            "on two CPUs both could hash at once; on this machine's one CPU they "
            "took turns."
            if one_cpu
            else "both cores worked."
            if _clearly_overlapped(hashing["threads"])
            else "both could have worked, had the machine given them two CPUs."
        )
        + f" Processes came to {_x(hashing['processes'])}, start-up included: "
        + (
            "with one CPU they too took turns, and starting the pool added to the time."
            if one_cpu
            else "on a job this short, starting a pool of processes is a noticeable "
            "share of the time."
        )
    )


def _cpu_sentence(cpu: Mapping[str, Spread], quiet: bool, one_cpu: bool) -> str:
    threads, processes = cpu["threads"], cpu["processes"]
    against_serial = compare(threads, _SERIAL)
    text = (
        f"**cpu**: two threads ran the pure-Python job at {threads.median:.2f} "
        "times the serial speed, "
        + (
            "that is, with no real gain"
            if against_serial != 1
            else "a gain that can only come from a serial run slowed by other programs"
        )
        + ": the GIL let only one of them count primes at a time"
        + (", and one CPU could not have run two at once anyway." if one_cpu else ".")
        + f" Two processes ran it {processes.median:.2f} times as fast as serial"
    )
    if one_cpu:
        return text + (
            ": on one CPU they too could only take turns, so this run cannot "
            "show what processes gain with two free CPUs."
        )
    order = compare(processes, threads)
    if order == 0:
        text += f", which against the threads was {TOO_CLOSE}."
    elif order == 1:
        text += (
            f", {processes.median / threads.median:.2f} times the speed of the threads."
        )
    else:
        text += (
            ", slower than the threads on this run: without a second free CPU, "
            "starting the pool cost more than it gained."
        )
    if processes.low > 2:
        return text + (
            f" That is faster than two workers can be (2{TIMES}): other programs "
            "slowed the serial rounds more than the processes, so this run "
            "overstates the gain."
        )
    if quiet:
        text += (
            f" Part of the gap to 2{TIMES} is starting the pool and sending tasks and "
            "results between processes, which the time includes."
        )
    return text


def _io_sentence(io: Mapping[str, Spread]) -> str:
    overlapped = [
        mode for mode in ("threads", "processes") if _clearly_overlapped(io[mode])
    ]
    numbers = f"threads ({_x(io['threads'])}) and processes ({_x(io['processes'])})"
    if len(overlapped) == 2:
        verdict = f"**io**: {numbers} both overlapped the waits."
    elif overlapped:
        verdict = (
            f"**io**: of {numbers}, only the {overlapped[0]} clearly overlapped "
            "the waits on this run."
        )
    else:
        verdict = f"**io**: {numbers} overlapped the waits less than usual on this run."
    return (
        verdict
        + " "
        + (
            "Threads kept up with processes"
            if compare(io["threads"], io["processes"]) != -1
            else "Threads fell a little behind on this run"
        )
        + " at a fraction of the cost, and for real network or disk I/O they are "
        "the lighter choice, as is {py:mod}`asyncio`."
    )


def plot_speedups(speed: Speedups, title: str) -> Any:
    """Bars of the median speed-ups with the middle rounds' range, serial at 1."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 (only the docs build has it)

    fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
    names = list(speed)
    width = 0.38
    for offset, mode in ((-width / 2, "threads"), (width / 2, "processes")):
        spreads = [speed[job][mode] for job in names]
        bars = ax.bar(
            [i + offset for i in range(len(names))],
            [s.median for s in spreads],
            width,
            yerr=error_bars(spreads),
            capsize=3,
            label=f"2 {mode}",
        )
        ax.bar_label(bars, fmt=f"%.2f{TIMES}", padding=2)
    ax.axhline(1.0, color="grey", linewidth=1, linestyle="--", label="serial")
    ax.set_xticks(range(len(names)), [LABELS[job] for job in names])
    ax.set_ylabel("speed-up vs serial (median, middle rounds)")
    ax.set_ylim(0, max(2.3, ax.get_ylim()[1]))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=3, frameon=False)
    ax.set_title(title, fontsize=9)
    return fig
