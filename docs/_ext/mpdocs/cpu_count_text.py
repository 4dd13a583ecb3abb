"""The sentences and the plot of the "How many workers?" page (``cpu_count.md``).

Each function takes what one example wrote with ``--json`` and returns the
page's sentences for that run, so the page keeps one short cell per run. The
count sentences check the facts the prose states and raise
:class:`ValueError` when one stops being true; the timing sentences never
raise: they compare medians over interleaved rounds with their spread
(:mod:`mpdocs.spread`) and say "too close to call" when the spreads overlap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.cpus import machine_was_quiet
from mpdocs.spread import TOO_CLOSE, Spread, compare, error_bars

TIMES = "\N{MULTIPLICATION SIGN}"
_ONE = Spread(1.0, 1.0, 1.0, 1)  # one worker against itself


def counted(n: int, noun: str) -> str:
    """*n* and *noun*, plural unless *n* is 1.

    >>> counted(1, "worker"), counted(2, "installed CPU")
    ('1 worker', '2 installed CPUs')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _check(fact: bool, what: str, seen: object) -> None:
    if not fact:
        raise ValueError(f"the page says {what}, but the run saw {seen}")


def affinity_sentence(
    counts: Mapping[str, Any], restricted: Mapping[str, Any], new_counts: bool
) -> str:
    """What the child confined to one CPU saw (``cpu_counts.py``'s second column).

    *new_counts* is true on 3.13 and later (``os.process_cpu_count()`` exists).
    """
    installed = counts["os.cpu_count()"]
    if not restricted:
        return (
            "This build ran on a platform without `os.sched_setaffinity`, so the "
            "restricted child was skipped."
        )
    _check(restricted["len(os.sched_getaffinity(0))"] == 1, "one CPU", restricted)
    _check(restricted["os.cpu_count()"] == installed, "installed CPUs", restricted)
    if new_counts:
        _check(restricted["os.process_cpu_count()"] == 1, "1", restricted)
        _check(restricted["Pool() workers"] == 1, "a single worker", restricted)
        return (
            "This build's Python follows the affinity mask: in the child confined "
            "to one CPU, `os.process_cpu_count()` dropped to 1 and `Pool()` started "
            f"a single worker, while `os.cpu_count()` still said {installed}."
        )
    _check(restricted["Pool() workers"] == installed, "installed", restricted)
    return (
        "This build's Python is older than 3.13: in the child confined to one "
        f"CPU, `Pool()` still started {installed} workers, one per installed CPU, "
        "all sharing that one CPU."
    )


def forced_sentence(
    forced: Mapping[str, Any], counts: Mapping[str, Any], version: str, new_counts: bool
) -> str:
    """What ``cpu_counts.py`` showed with ``PYTHON_CPU_COUNT=1``."""
    if new_counts:
        keys = ("os.cpu_count()", "os.process_cpu_count()", "Pool() workers")
        _check(all(forced[key] == 1 for key in keys), "every count became 1", forced)
        text = (
            f"Python {version} built this page and obeyed the variable: every "
            "count and the pool default became 1."
        )
    else:
        _check(
            forced["os.cpu_count()"] == counts["os.cpu_count()"], "no change", forced
        )
        text = (
            f"Python {version} built this page and, being older than 3.13, ignored "
            "the variable: the counts did not change."
        )
    affinity = forced["len(os.sched_getaffinity(0))"]
    if affinity is not None:
        _check(affinity == counts["len(os.sched_getaffinity(0))"], "same", forced)
        text += (
            " The affinity set is the operating system's answer, so it kept its "
            f"{affinity} CPU{'s' * (affinity != 1)}."
        )
    return text


def quota_sentence(results: Mapping[str, Any]) -> str:
    """What ``cgroup_quota.py`` found on the build machine."""
    source, quota, files = results["source"], results["quota"], results["files"]
    if not files:
        return "The build machine had no cgroup CPU files for this process."
    if quota is None:
        return (
            f"The build machine's cgroup files ({len(files)} read, from the "
            "process's own cgroup up) set no quota, so here the CPUs in the "
            "affinity mask were all really available."
        )
    return (
        f"The build machine's `{source}` grants {quota:g} CPUs of time, whatever "
        "the counts above say."
    )


def _rounds(data: Mapping[str, Any], key: str) -> dict[int, list[float]]:
    return {int(n): list(values) for n, values in data[key].items()}


def speedups(data: Mapping[str, Any]) -> dict[int, Spread]:
    """Each pool's speed-up over one worker, per round, from ``worker_scaling.py``."""
    rounds = _rounds(data, "rounds")
    return {n: Spread.ratio(rounds[1], rounds[n]) for n in sorted(rounds)}


def scaling_sentences(data: Mapping[str, Any]) -> dict[str, str]:
    """Sentences for a ``worker_scaling.py --json`` run.

    Keys: ``cpus`` (how many CPUs the run really got, and whether the machine
    was busy), ``best`` (the pool of one worker per usable CPU) and ``beyond``
    (pools with more workers than usable CPUs).
    """
    usable = data["usable_cpus"]
    speed = speedups(data)
    got = Spread.of(_rounds(data, "busy")[usable])
    pool = speed[usable]
    quiet = machine_was_quiet(got.median, usable)
    extra = {n: s for n, s in speed.items() if n > usable}
    text = {}
    if usable == 1:
        text["cpus"] = (
            "**This build had one usable CPU**, so no pool could compute in "
            "parallel: more workers could only take turns on that one CPU, and this "
            "run cannot show what a second CPU gains. "
            f"One busy worker kept {got.median:.2f} CPUs busy (median of "
            f"{got.rounds} rounds)"
            + ("." if quiet else ", so other programs also took part of that one CPU.")
        )
        text["best"] = (
            f"Against one worker, the larger pools measured {_range(extra)}: "
            "with one CPU, that is the cost or the noise of taking turns, not a "
            "speed-up."
        )
        text["beyond"] = (
            "Every pool here had more workers than CPUs, which is the point: "
            "extra workers cannot add CPUs."
        )
        return text
    text["cpus"] = (
        f"The pool of {usable} workers kept {got.median:.2f} CPUs busy (median "
        f"of {got.rounds} rounds, {got.low:.2f} to {got.high:.2f}) out of "
        f"{usable} usable"
        + (
            ", so other programs hardly got in its way."
            if quiet
            else ". **The build machine was busy this time:** other programs took "
            "CPU time from the pools, so every speed-up below is lower than "
            f"{usable} free CPUs give, and the curve stays further below the ideal."
        )
    )
    text["best"] = _best_sentence(pool, usable, quiet)
    text["beyond"] = _beyond_sentence(extra, pool, usable)
    return text


def _and(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


def _range(spreads: Mapping[int, Spread]) -> str:
    medians = [s.median for s in spreads.values()]
    return f"{min(medians):.2f}{TIMES} to {max(medians):.2f}{TIMES}"


def _best_sentence(pool: Spread, usable: int, quiet: bool) -> str:
    figure = f"{pool.median:.2f}{TIMES} ({pool.low:.2f} to {pool.high:.2f})"
    if pool.low > usable:
        return (
            f"The pool of {usable} workers measured {figure} the speed of one "
            f"worker: faster than the ideal {usable}{TIMES}, which no pool can "
            "really be. Other programs slowed the one-worker rounds more than "
            "the pool's, so this run overstates the gain."
        )
    if compare(pool, _ONE) != 1:
        return (
            f"The pool of {usable} workers against one worker ({figure}) was "
            f"{TOO_CLOSE}: the CPUs it needed were busy with other work."
        )
    text = f"The pool of {usable} workers ran at {figure} the speed of one worker"
    if quiet:
        return text + (
            f"; the gap to the ideal {usable}{TIMES} is the cost of handing out "
            "tasks and collecting results."
        )
    return text + ", with less than a full CPU per worker."


def _beyond_sentence(extra: Mapping[int, Spread], pool: Spread, usable: int) -> str:
    faster = [n for n, s in extra.items() if compare(s, pool) == 1]
    if faster:
        n = faster[0]
        return (
            f"On this run the pool of {n} workers, more than the {usable} CPUs, "
            f"measured faster ({extra[n].median:.2f}{TIMES}) than the pool of "
            f"{usable}: other programs took CPU time from the pools unevenly, "
            "since extra workers cannot add CPUs."
        )
    slower = [n for n, s in extra.items() if compare(s, pool) == -1]
    verdict = (
        f"were {TOO_CLOSE} against the pool of {usable}"
        if not slower
        else f"were no faster than the pool of {usable}, and some were slower"
    )
    return (
        f"Workers beyond the usable CPUs did not help: pools of "
        f"{_and(list(extra))} workers measured {_range(extra)} and "
        f"{verdict}."
    )


def io_sentence(seconds: Mapping[int, Sequence[float]], usable: int) -> str:
    """What the waiting cell showed: per-round seconds for each pool size."""
    sizes = sorted(seconds)
    if len(sizes) == 1:
        return "This machine has eight or more usable CPUs, so both pools were one."
    small, large = sizes
    gain = Spread.ratio(seconds[small], seconds[large])
    cpus = "one CPU" if usable == 1 else f"{usable} CPUs"
    if compare(gain, _ONE) == 1:
        return (
            f"{large} workers finished {gain.median:.1f} times sooner than {small} "
            f"({gain.low:.1f} to {gain.high:.1f} over {gain.rounds} rounds), on "
            f"{cpus}: waiting does not need a CPU."
        )
    return (
        f"{large} workers against {small} ({gain}) were {TOO_CLOSE}: the build "
        "machine was busy enough to delay even the hand-over of tasks, though "
        "waiting itself needs no CPU."
    )


def plot_scaling(data: Mapping[str, Any], title: str) -> Any:
    """The speed-up curve with each median's spread, the ideal and the CPUs kept busy."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 (only the docs build has it)

    usable, speed = data["usable_cpus"], speedups(data)
    busy = {n: Spread.of(v).median for n, v in _rounds(data, "busy").items()}
    workers = list(speed)
    fig, ax = plt.subplots(figsize=(6.4, 4))
    ax.plot(
        workers,
        [min(n, usable) for n in workers],
        "--",
        color="grey",
        label=f"ideal: min(workers, {usable} usable CPUs)",
    )
    ax.errorbar(
        workers,
        [s.median for s in speed.values()],
        yerr=error_bars(speed.values()),
        fmt="o-",
        capsize=3,
        label="measured speed-up (median, middle rounds)",
    )
    ax.plot(workers, [busy[n] for n in workers], "x:", label="CPUs kept busy")
    ax.set_xlabel("workers in the pool")
    ax.set_ylabel("speed-up over 1 worker")
    ax.set_xticks(workers)
    top = max(*(s.high for s in speed.values()), usable, *busy.values())
    ax.set_ylim(0, top * 1.15)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(f"count_primes, {data['tasks']} equal tasks\n{title}", fontsize=9)
    fig.tight_layout()
    return fig
