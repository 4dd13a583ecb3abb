"""The sentences, table and chart the choosing page writes from its two examples.

``choose_model_cpu.py`` and ``choose_model_io.py`` time every model in
interleaved rounds and write each round's seconds with ``--json``;
:func:`speedups` turns them into per-round speed-ups over serial with their
spread (:mod:`mpdocs.spread`). The wording depends on those spreads (two
models are ranked only when their spreads do not overlap), the usable CPUs
and how many of them a pool of busy workers got (:mod:`mpdocs.cpus`). On one
CPU no model can compute in parallel, so the page says so instead of
explaining a speed-up it could not show.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.cpus import machine_was_quiet
from mpdocs.spread import TOO_CLOSE, Spread, compare, error_bars

X = "\N{MULTIPLICATION SIGN}"  # written after a speed-up: 1.8 times serial
_SERIAL = Spread(1.0, 1.0, 1.0, 1)

Models = Mapping[str, Spread]


def speedups(rounds: Mapping[str, Sequence[float]]) -> dict[str, Spread]:
    """Each model's per-round speed-up over the serial run of the same round."""
    return {model: Spread.ratio(rounds["serial"], s) for model, s in rounds.items()}


def _x(spread: Spread, digits: int = 2) -> str:
    return f"{spread.median:.{digits}f}{X}"


def load_sentence(usable: int, busy: float) -> str:
    """How many CPUs the computing job had, and whether other programs took some."""
    if usable == 1:
        text = (
            "**This build had one usable CPU**, so no model could compute in "
            "parallel: threads and processes could only take turns on that one "
            "CPU (waits still overlap, as the next section shows), and the numbers "
            "below cannot show what a second CPU gains. One busy "
            f"worker kept {busy:.2f} CPUs busy in a check before and after the job"
        )
        if machine_was_quiet(busy, usable):
            return text + ", so other programs left that CPU to the job."
        return text + ", so other programs also took part of that CPU."
    if machine_was_quiet(busy, usable):
        return (
            f"A pool of {usable} busy workers kept {busy:.2f} CPUs busy in a check "
            "before and after the job, so the machine was quiet and the numbers "
            "reflect the models, not other programs."
        )
    return (
        f"**The build machine was busy this time:** a pool of {usable} busy "
        f"workers kept only {busy:.2f} CPUs busy in a check before or after the "
        "job, so the parallel models got less CPU than a quiet machine gives "
        "them, and the numbers understate them."
    )


def cpu_sentence(cpu: Models, usable: int, busy: float) -> str:
    """What the pure-Python job (``count_primes``) showed."""
    threads, processes = cpu["threads"], cpu["processes"]
    against_serial = compare(threads, _SERIAL)
    if against_serial == 0:
        verdict = f"which against the serial loop was {TOO_CLOSE}"
    elif against_serial == 1:
        verdict = "a little faster than the serial loop, which a busy machine slowed"
    else:
        verdict = (
            "slower than the serial loop: they paid for the pool and gained nothing"
        )
    text = (
        f"**count_primes**: threads ran the pure-Python job at {threads.median:.2f} "
        f"times the serial speed, {verdict}. Only the thread holding the GIL "
        "computes, so a thread pool cannot beat the serial loop here, whatever the "
        f"number of cores. Processes reached {_x(processes)}"
    )
    order = compare(processes, threads)
    if order == 0:
        text += f", which against the threads was {TOO_CLOSE}."
    elif order == 1:
        text += f", {processes.median / threads.median:.2f} times the speed of threads."
    else:
        text += (
            ", slower than the threads on this run: without free CPUs, starting "
            "the processes cost more than they gained."
        )
    if usable == 1:
        return text + (
            " With one usable CPU the processes could only take turns: on "
            "several CPUs each computes on its own, which this build could not show."
        )
    if processes.low > usable:
        return text + (
            f" That is faster than {usable} workers can be: other programs slowed "
            "the serial rounds more than the pool's, so this run overstates the gain."
        )
    if machine_was_quiet(busy, usable):
        text += (
            f" The gap to the ideal {usable}{X} is the cost of starting {usable} "
            "fresh interpreters with *spawn* and of sending tasks and results "
            "through pipes: a fixed cost that a longer job, or a pool kept open for "
            "many jobs, pays off."
        )
    return text


def hash_sentence(hashing: Models, usable: int) -> str:
    """What the hashing job (``hash_zeros``), whose C code releases the GIL, showed."""
    text = (
        f"**hash_zeros**: threads reached {_x(hashing['threads'])} and processes "
        f"{_x(hashing['processes'])}, start-up included. Each thread spends nearly "
        "all its time inside hashlib with the GIL released, so "
    )
    if usable == 1:
        return text + (
            "on several CPUs threads compute in parallel without starting "
            "processes or pickling anything. With one usable CPU no parallel "
            "speed-up was possible: these numbers show what each pool cost, not "
            "what it gains."
        )
    text += (
        "threads compute in parallel without starting processes or pickling anything"
    )
    order = compare(hashing["threads"], hashing["processes"])
    if order == 0:
        return text + f"; here the two were {TOO_CLOSE}."
    if order == 1:
        return text + "; here that made them the faster of the two."
    return text + "; on this run processes were nonetheless faster."


def io_sentence(io: Models, waits: int) -> str:
    """What the waiting job showed (``io`` has ``asyncio`` for the coroutines)."""
    text = (
        f"Threads ({_x(io['threads'], 1)}) and asyncio ({_x(io['asyncio'], 1)}) "
        f"overlapped the {waits} waits, against an ideal of {waits}{X}. "
    )
    if compare(io["processes"], _SERIAL) == -1:
        return text + (
            f"Processes ({_x(io['processes'], 1)}) were slower than the serial "
            f"loop: starting {waits} processes, one per task, cost more than "
            "overlapping the waits saved."
        )
    text += (
        f"Processes ({_x(io['processes'], 1)}) overlapped them too, but first had "
        f"to start {waits} processes, one per task"
    )
    slower = all(compare(io["processes"], io[m]) == -1 for m in ("threads", "asyncio"))
    if slower:
        return text + ", which made them the slowest of the three."
    return text + f"; on this run they were {TOO_CLOSE} against the lighter two."


def ranking(measured: Models) -> str:
    """Models fastest first; ``>`` where the spreads part, ``≈`` where they overlap.

    >>> ranking({"serial": Spread(1, 1, 1, 3), "threads": Spread(1.8, 1.7, 1.9, 3),
    ...          "processes": Spread(1.75, 1.6, 1.8, 3)}).replace(X, "x")
    'threads 1.80x \u2248 processes 1.75x > serial 1.00x'
    """
    order = sorted(measured, key=lambda model: measured[model].median, reverse=True)
    text = f"{order[0]} {_x(measured[order[0]])}"
    for before, model in itertools.pairwise(order):
        sign = ">" if compare(measured[before], measured[model]) == 1 else "\u2248"
        text += f" {sign} {model} {_x(measured[model])}"
    return text


def decision_table(cpu: Models, hashing: Models, io: Models) -> str:
    """The page's decision table, its middle column from this build's numbers."""
    return "\n".join(
        [
            "| Your tasks spend their time | Measured here, fastest first | Choose |",
            "| --- | --- | --- |",
            (
                f"| computing in pure Python | {ranking(cpu)} | processes: a "
                "`multiprocessing` pool or `ProcessPoolExecutor` with one worker per CPU |"
            ),
            (
                "| in C code that releases the GIL (such as hashlib on large buffers) | "
                f"{ranking(hashing)} | threads: parallel without pickling or start-up |"
            ),
            (
                f"| waiting for I/O | {ranking(io)} | threads, or asyncio if your code "
                "and libraries are already async; processes only add start-up |"
            ),
            (
                "| computing in pure Python, on the free-threaded build (3.13 "
                "experimental, 3.14 supported) | not measured: this Python runs with the "
                "GIL | threads may now scale: measure, and check that your C extensions "
                "support it |"
            ),
            (
                "| computing, isolated like processes but inside one process (3.14+) | "
                "not measured: no `InterpreterPoolExecutor` in this Python | "
                "`InterpreterPoolExecutor`: measure start-up and memory first, both "
                "still being optimised |"
            ),
        ]
    )


def cpu_values(results: Mapping[str, Any], usable: int, busy: float) -> dict[str, Any]:
    """The glue values of the computing section, after checking the prose's premises."""
    if not results["gil"]:
        raise RuntimeError("the page describes a build with the GIL")
    jobs = {job: speedups(rounds) for job, rounds in results["rounds"].items()}
    cpu, hashing = jobs["count_primes"], jobs["hash_zeros"]
    if set(cpu) != {"serial", "threads", "processes"}:
        raise RuntimeError(f"the page describes three models, not {sorted(cpu)}")
    bullets = (cpu_sentence(cpu, usable, busy), hash_sentence(hashing, usable))
    return {
        "usable": usable,
        "busy": busy,
        "load_text": load_sentence(usable, busy),
        "cpu_text": "\n".join(f"- {t}" for t in bullets),
    }


def all_values(
    cpu_results: Mapping[str, Any], io_results: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Models]]:
    """The glue values (chart-in-words numbers, io sentence, table), and the chart's jobs."""
    by_task = {job: speedups(rounds) for job, rounds in cpu_results["rounds"].items()}
    io = speedups(io_results["rounds"])
    io["asyncio"] = io.pop("coroutines")  # the example's name for the asyncio model
    cpu, hashing = by_task["count_primes"], by_task["hash_zeros"]
    values: dict[str, Any] = {
        f"{name}_{model}_x": spread.median
        for name, data in (("cpu", cpu), ("hash", hashing), ("io", io))
        for model, spread in data.items()
    }
    values["io_text"] = io_sentence(io, io_results["tasks"])
    values["decision_table"] = decision_table(cpu, hashing, io)
    jobs: dict[str, Models] = {
        "count_primes\n(pure Python)": cpu,
        "hash_zeros\n(hashlib)": hashing,
        "wait_for_io\n(waits)": io,
    }
    return values, jobs


def plot_models(jobs: Mapping[str, Models], title: str) -> Any:
    """Bars of each model's median speed-up with its middle rounds' range."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 (only the docs build has it)

    models = ["threads", "processes", "asyncio"]
    fig, ax = plt.subplots(figsize=(7.5, 4), layout="constrained")
    width = 0.8 / len(models)
    for i, model in enumerate(models):
        where = [j for j, job in enumerate(jobs.values()) if model in job]
        spreads = [job[model] for job in jobs.values() if model in job]
        bars = ax.bar(
            [j - 0.4 + width * (i + 0.5) for j in where],
            [s.median for s in spreads],
            width,
            yerr=error_bars(spreads),
            capsize=2,
            label=model,
        )
        ax.bar_label(bars, fmt=f"%.1f{X}", padding=2, fontsize=7)
    ax.axhline(1.0, color="grey", linewidth=1, linestyle="--", label="serial")
    ax.set_xticks(range(len(jobs)), list(jobs))
    ax.set_ylabel("speed-up vs serial (median; higher is faster)")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.set_title(f"Speed-up by model, pool start-up included\n{title}", fontsize=9)
    return fig
