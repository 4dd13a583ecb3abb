"""The sentences the chunking page chooses from its examples' timed rounds.

Each of the page's three examples (``chunksize_sweep.py``, ``chunksize_by_hand.py``,
``chunksize_uneven.py``) writes, with ``--json``, the seconds of every
interleaved round; so do the start methods page's ``forkserver_round_trips.py``
and ``exitcode_cost.py``. The functions here turn one run into the page's
numbers and sentences, judged with :mod:`mpdocs.spread`: two settings are
compared through their per-round ratio, and a difference is stated only when
the middle rounds of that ratio all lie above 1 or all below; otherwise it is
"too close to call on this machine". They also say when the run had one usable
CPU, a busy machine, or a serial loop slowed so much that the pool looked
faster than two workers can be.

Every value returned is either a number or :class:`~mpdocs.runner.Markdown`,
so that :func:`glue_all` can hand them all to myst-nb's ``glue``.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.runner import Markdown
from mpdocs.spread import TOO_CLOSE, Spread, compare, error_bars

__all__ = [
    "LEVEL_FROM",
    "by_hand_claims",
    "forkserver_claims",
    "glue_all",
    "sweep_claims",
    "sweep_figure",
    "uneven_claims",
    "uneven_figure",
]

#: The sweep's "levels off" sentence is about chunk sizes from here up.
LEVEL_FROM = 200

Rounds = Mapping[str, Sequence[float]]
Claims = dict[str, Any]


#: On one CPU a pool "beats" the loop only by noise; a ratio must pass this
#: before the page blames other programs for it.
BEYOND_NOISE = 1.1


def _by_size(rounds: Rounds) -> dict[int, list[float]]:
    """The pool's rounds by chunk size (JSON made the int sizes strings)."""
    return {int(key): list(value) for key, value in rounds.items() if key.isdigit()}


def _times(value: float) -> str:
    """A ratio as the page writes it: 3 significant figures at most."""
    return (
        f"{value:.0f}"
        if value >= 10
        else f"{value:.1f}"
        if value >= 2
        else f"{value:.2f}"
    )


def _ratio(spread: Spread) -> str:
    """'4.2 times (3.9 to 4.5 times in the middle rounds)'."""
    return (
        f"{_times(spread.median)} times ({_times(spread.low)} to "
        f"{_times(spread.high)} in the middle rounds)"
    )


def _clearly(a: Sequence[float], b: Sequence[float]) -> int:
    """1 when *a* took clearly longer than *b*, -1 clearly shorter, 0 too close.

    The rounds are interleaved, so the verdict is that of the per-round ratio
    ``a / b`` (:meth:`Spread.ratio`): clear only when its middle rounds lie
    all above 1, or all below, so it always agrees with the range the
    sentence quotes.
    """
    return compare(Spread.ratio(a, b), Spread(1.0, 1.0, 1.0, 1))


def _cpu_note(usable: int) -> str:
    return "one usable CPU" if usable < 2 else f"{usable} usable CPUs"


# --- The sweep: tiny tasks at every chunk size --------------------------------


def sweep_claims(data: Mapping[str, Any], usable: int) -> Claims:
    """Numbers and sentences for a ``chunksize_sweep.py --json`` run.

    Keys: ``items``, ``best``, ``one_per_worker``, ``round_trip_us`` (numbers);
    ``ratio``, ``levels``, ``default``, ``serial``, ``cost``, ``alt`` (Markdown).
    """
    rounds = _by_size(data["rounds"])
    serial = data["rounds"]["serial"]
    items, workers, default = data["items"], data["workers"], data["default"]
    median = {size: statistics.median(times) for size, times in rounds.items()}
    sizes = sorted(rounds)
    best = min(sizes, key=median.__getitem__)
    worst = max(sizes, key=median.__getitem__)
    claims: Claims = {"items": items, "best": best, "one_per_worker": sizes[-1]}

    one = Spread.ratio(rounds[1], rounds[best])
    if best == 1:
        ratio = (
            "In this run `chunksize=1` was the fastest setting, which a task this "
            "small should never allow: the machine was too disturbed for the "
            "sweep to show anything"
        )
    elif _clearly(rounds[1], rounds[best]) == 1:
        ratio = (
            f"With `chunksize=1`{', the slowest setting,' if worst == 1 else ''} "
            f"mapping {items} numbers took {_ratio(one)} as long as with the "
            f"fastest, `chunksize={best}`. Every input made its own round trip, "
            "and the round trip, not the squaring, was the job"
        )
    else:
        ratio = (
            f"`chunksize=1` took {_ratio(one)} as long as the fastest, "
            f"`chunksize={best}`: {TOO_CLOSE}, so this run cannot show what a "
            "round trip per input costs"
        )
    claims["ratio"] = Markdown(ratio)
    claims["levels"] = Markdown(_levels(rounds, best))
    claims["default"] = Markdown(_default(rounds, default, best))
    claims["serial"] = Markdown(_serial(rounds[best], serial, usable, workers))

    # The pool's time per task at chunksize=1, counted on the CPUs it could use.
    cpus = max(1, min(usable, workers))
    round_trip = median[1] * cpus / items
    claims["round_trip_us"] = round_trip * 1e6
    claims["cost"] = Markdown(
        f"At `chunksize=1`, the sweep above spent about {round_trip * 1e6:.0f} "
        "microseconds of worker time per task (the map's median time, times the "
        f"{cpus} CPU{'s' if cpus > 1 else ''} its workers could share, over "
        f"{items} tasks). A call that takes a hundred times as long, "
        f"{round_trip * 100e3:.1f} ms, makes that overhead about 1 %, and "
        "`chunksize=1` is fine"
    )
    claims["alt"] = Markdown(
        f"Median seconds to square {items} numbers on {workers} workers fell "
        f"from {median[1]:.3f} s at chunksize 1 to {median[best]:.4f} s at "
        f"chunksize {best}, on log axes, with bars from the second-fastest to "
        f"the second-slowest round; the serial loop took "
        f"{statistics.median(serial):.4f} s (horizontal line)."
    )
    return claims


def _levels(rounds: Mapping[int, Sequence[float]], best: int) -> str:
    big = [size for size in sorted(rounds) if size >= LEVEL_FROM]
    slower_than_one = [s for s in big if _clearly(rounds[s], rounds[1]) != -1]
    if slower_than_one:
        return (
            f"From `chunksize={LEVEL_FROM}` up, not every size was clearly faster "
            f"than `chunksize=1` in this run (not "
            + ", ".join(f"`{size}`" for size in slower_than_one)
            + f"): the curve's shape is {TOO_CLOSE}."
        )
    worst_big = max(Spread.ratio(rounds[s], rounds[best]).median for s in big)
    first = Spread.ratio(rounds[1], rounds[best]).median
    level = [s for s in big if s == best or _clearly(rounds[s], rounds[best]) == 0]
    return (
        "The time falls steeply as the chunk grows, then flattens: every size "
        f"from {LEVEL_FROM} inputs per chunk up was clearly faster than "
        f"`chunksize=1`, and none took more than {_times(worst_big)} times the "
        f"fastest time, against {_times(first)} times for `chunksize=1`; "
        f"{len(level)} of those {len(big)} sizes were the fastest or {TOO_CLOSE} "
        "against it. Once a chunk carries a few hundred inputs, the "
        "per-task cost is spread so thin that what remains is pickling the "
        "inputs and results and doing the work."
    )


def _default(rounds: Mapping[int, Sequence[float]], default: int, best: int) -> str:
    head = f"CPython's default for this job, {default} (about four chunks per worker),"
    if default == best:
        return f"{head} was the fastest size in this run."
    ratio = Spread.ratio(rounds[default], rounds[best])
    if _clearly(rounds[default], rounds[best]) == 0:
        return (
            f"{head} took {_ratio(ratio)} as long as the fastest: {TOO_CLOSE}. "
            "For equal tasks, the default is already on the flat part of the curve."
        )
    return (
        f"{head} took {_ratio(ratio)} as long as the fastest, "
        f"`chunksize={best}`, clearly longer in this run: in a map that lasts "
        "milliseconds, each round trip the default still makes shows."
    )


def _serial(
    pool: Sequence[float], loop: Sequence[float], usable: int, workers: int
) -> str:
    verdict = _clearly(pool, loop)
    slower = Spread.ratio(pool, loop)
    if verdict == 0:
        return (
            f"The fastest pool took {_ratio(slower)} as long as the plain loop: "
            f"{TOO_CLOSE}. Even the best chunks only drew level with a loop in "
            "one process, because every number is still pickled on its way to a "
            "worker and back."
        )
    if verdict == 1:
        return (
            f"The plain loop beat every chunk size: the fastest pool took "
            f"{_ratio(slower)} as long. For a task this small, the pool's fixed "
            "costs, and the pickling of every input and result, weigh more than "
            "squaring a number ever will."
        )
    faster = Spread.ratio(loop, pool)
    text = f"The fastest chunk size ran {_ratio(faster)} as fast as the plain loop"
    if usable < 2:
        return text + (
            ", on one usable CPU, where two workers can only take turns: the "
            "loop's rounds must have been slowed by other programs."
        )
    if faster.median > workers:
        return text + (
            f", more than {workers} workers can give: other programs must have "
            "slowed the loop's rounds, so this run overstates the pool's gain."
        )
    return text + (
        f": with {_cpu_note(usable)}, two workers paid for their overhead once "
        "each task carried enough inputs."
    )


# --- Batching by hand -----------------------------------------------------------

SERIAL, MAP, HAND = "serial, no pool", "Pool.map, default chunks", "by hand"


def by_hand_claims(data: Mapping[str, Any], usable: int) -> Claims:
    """The ``text`` sentence for a ``chunksize_by_hand.py --json`` run."""
    rounds = data["rounds"]
    loop, mapped, hand = rounds[SERIAL], rounds[MAP], rounds[HAND]
    ratio = _ratio(Spread.ratio(hand, mapped))
    verdict = _clearly(hand, mapped)
    if verdict == 0:
        text = (
            f"Batching by hand took {ratio} as long as `Pool.map` with its "
            f"default chunks: {TOO_CLOSE}, because a chunk *is* a batch. "
            "`Pool.map` does the splitting for you, and the worker loops over "
            "the chunk just as `square_batch` loops over its list."
        )
    elif verdict == -1:
        text = (
            f"Batching by hand took only {ratio} as long as `Pool.map` with its "
            "default chunks: two big tasks instead of eight chunks means fewer "
            "round trips, and at these sizes every round trip shows. The work "
            "done in the workers was the same."
        )
    else:
        text = (
            f"Batching by hand took {ratio} as long as `Pool.map` with its "
            "default chunks, though the workers did the same work: the "
            "hand-made version also joins the batches' lists in the parent."
        )
    pool = min((hand, mapped), key=statistics.median)
    verdict = _clearly(pool, loop)
    if verdict == 0:
        text += (
            f" The faster of the two pools took {_ratio(Spread.ratio(pool, loop))} "
            f"as long as the plain loop, {TOO_CLOSE}: every number is still "
            "pickled on its way to a worker and back, which costs about as much "
            "as the work the second worker took on."
        )
    elif verdict == 1:
        text += (
            " And the plain loop beat both: the faster of the two pools took "
            f"{_ratio(Spread.ratio(pool, loop))} as long. Batching saves round "
            "trips, but every number is still pickled on its way to a worker "
            "and back, which costs more than squaring it."
        )
    else:
        text += (
            f" The faster of the two pools ran {_ratio(Spread.ratio(loop, pool))} "
            "as fast as the plain loop"
            + (
                ", on one usable CPU: the loop's rounds must have been slowed by "
                "other programs."
                if usable < 2
                else ": with few round trips, two workers left room for a small "
                "gain, even on a task this small."
            )
        )
    return {"text": Markdown(text)}


# --- Uneven tasks ---------------------------------------------------------------


def uneven_claims(data: Mapping[str, Any], usable: int) -> Claims:
    """Numbers and sentences for a ``chunksize_uneven.py --json`` run.

    Raises ValueError when the example's layout of slow tasks no longer
    matches what the page says about it (a fact of the code, not a timing).
    """
    limits, workers, default = data["limits"], data["workers"], data["default"]
    rounds = _by_size(data["rounds"])
    loop = data["rounds"]["serial"]
    slow_at = [i for i, limit in enumerate(limits) if limit == max(limits)]
    one_each = -(-len(limits) // workers)
    per_chunk: dict[int, int] = {}
    for index in slow_at:
        per_chunk[index // default] = per_chunk.get(index // default, 0) + 1
    gaps = {b - a for a, b in itertools.pairwise(slow_at)}
    if gaps != {25} or max(slow_at) >= len(limits) // 2:
        raise ValueError(f"the page says one in 25 of the first half: {slow_at}")
    if len(per_chunk) == 1 or len(slow_at) > default:
        raise ValueError(f"the page says the default's chunks share them: {per_chunk}")
    claims: Claims = {
        "tasks": len(limits),
        "slow": len(slow_at),
        "one_each": one_each,
        "default": default,
        "default_spread": " or ".join(map(str, sorted(set(per_chunk.values())))),
    }

    median = {size: statistics.median(times) for size, times in rounds.items()}
    best = min(median, key=median.__getitem__)
    moderate = min((s for s in rounds if s < one_each), key=median.__getitem__)
    speedup = Spread.ratio(loop, rounds[best])
    quiet = speedup.against(0.75 * workers) == "met"
    text = f"The fastest pool ran {_ratio(speedup)} as fast as the plain loop"
    if usable < 2:
        text += (
            ": **this build had one usable CPU**, so the two workers took turns "
            "on it"
            + (
                ", and no pool can beat a loop that way: other programs must have "
                "slowed the loop's rounds"
                # A few percent either way is the noise of one shared CPU.
                if speedup.low > BEYOND_NOISE
                else ""
            )
            + ". A worker left idle simply hands the CPU to the other, so what "
            "big chunks cost on two CPUs cannot be shown on this machine."
        )
    elif speedup.median > workers:
        text += (
            f", more than {workers} workers can give: other programs must have "
            "slowed some of the loop's rounds."
        )
    elif quiet:
        text += ": the two workers really ran at the same time."
    else:
        text += (
            ": **the build machine was busy**, other programs were taking CPU "
            "time, and the two workers could not both run all the time."
        )
    loss = _ratio(Spread.ratio(rounds[one_each], rounds[moderate]))
    verdict = _clearly(rounds[one_each], rounds[moderate])
    big = f"One chunk per worker (`chunksize={one_each}`)"
    if usable < 2:
        text += f" {big} took {loss} as long as `chunksize={moderate}`" + (
            f", {TOO_CLOSE}."
            if verdict == 0
            else ", a clear difference that, on one CPU, the layout of the slow "
            "tasks cannot explain on its own."
        )
    elif verdict == 1:
        text += (
            f" {big} took {loss} as long as `chunksize={moderate}`. With the big "
            "chunks, one worker counted every slow limit while the other "
            "finished its half early and had nothing left to take."
        )
    elif verdict == 0:
        text += f" {big} took {loss} as long as `chunksize={moderate}`: {TOO_CLOSE}" + (
            "."
            if quiet
            else "; when the workers take turns on busy CPUs, how "
            "the work is split between them matters little."
        )
    else:
        text += (
            f" {big} took only {loss} as long as `chunksize={moderate}`, clearly "
            "less, against what the layout predicts: this run was disturbed."
        )
    claims["text"] = Markdown(text)
    claims["alt"] = Markdown(
        f"Median seconds to map count_primes over {len(limits)} uneven limits "
        f"on {workers} workers, by chunk size: "
        + ", ".join(f"{size}: {median[size]:.3f} s" for size in sorted(median))
        + f"; the serial loop took {statistics.median(loop):.3f} s."
    )
    return claims


# --- Figures and glue -----------------------------------------------------------


def _bars(
    times: Mapping[int, Sequence[float]],
) -> tuple[list[float], list[list[float]]]:
    spreads = [Spread.of(times[size]) for size in sorted(times)]
    medians = [s.median for s in spreads]
    return medians, error_bars(spreads)


def sweep_figure(data: Mapping[str, Any], stamp: str) -> Any:
    """The sweep's medians (log-log) with their middle-round spread."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 - only the page draws

    rounds = _by_size(data["rounds"])
    sizes = sorted(rounds)
    medians, errors = _bars(rounds)
    default = data["default"]
    fig, ax = plt.subplots(figsize=(6.4, 4.2), layout="constrained")
    ax.errorbar(
        sizes,
        medians,
        yerr=errors,
        fmt="o-",
        capsize=2,
        label="Pool.map(square, ..., chunksize)",
    )
    ax.plot(
        [default],
        [medians[sizes.index(default)]],
        "s",
        markersize=10,
        fillstyle="none",
        color="black",
        label=f"CPython's default ({default})",
    )
    ax.axhline(
        statistics.median(data["rounds"]["serial"]),
        linestyle=":",
        color="tab:red",
        label="serial loop, no pool",
    )
    ax.set(
        xscale="log",
        yscale="log",
        xlabel="chunksize (inputs per task)",
        ylabel="median seconds (log scale)",
    )
    ax.legend(fontsize=8)
    ax.set_title(
        f"square() over {data['items']} numbers, {data['workers']} workers\n{stamp}",
        fontsize=9,
    )
    return fig


def uneven_figure(data: Mapping[str, Any], stamp: str) -> Any:
    """The uneven example's medians by chunk size, with their spread."""
    import matplotlib.pyplot as plt  # noqa: PLC0415 - only the page draws

    rounds = _by_size(data["rounds"])
    sizes = sorted(rounds)
    one_each = -(-len(data["limits"]) // data["workers"])
    medians, errors = _bars(rounds)
    fig, ax = plt.subplots(figsize=(6.4, 3.6), layout="constrained")
    ax.bar(
        [str(s) for s in sizes],
        medians,
        yerr=errors,
        capsize=3,
        color=["tab:orange" if s == one_each else "tab:blue" for s in sizes],
    )
    ax.axhline(
        statistics.median(data["rounds"]["serial"]),
        linestyle=":",
        color="tab:red",
        label="serial loop",
    )
    ax.set(xlabel="chunksize (orange: one chunk per worker)", ylabel="median seconds")
    ax.legend(fontsize=8)
    ax.set_title(
        f"count_primes, {len(data['limits'])} tasks, {data['workers']} "
        f"workers\n{stamp}",
        fontsize=9,
    )
    return fig


def glue_all(prefix: str, claims: Claims) -> None:
    """``glue("<prefix>_<key>", value)`` for every claim (not displayed)."""
    from myst_nb import glue  # type: ignore[import-untyped]  # noqa: PLC0415

    for key, value in claims.items():
        glue(f"{prefix}_{key}", value, display=False)


# --- Forkserver: round trips and exit checks ------------------------------------


def forkserver_claims(
    round_trips: Mapping[str, Any], exit_checks: Mapping[str, Any], usable: int
) -> Claims:
    """Sentences for ``forkserver_round_trips.py`` and ``exitcode_cost.py`` runs.

    Keys: ``items`` (a number), ``maps`` and ``checks`` (Markdown).
    """
    rounds, checks = round_trips["rounds"], exit_checks["exit_check"]
    others = [method for method in ("fork", "spawn") if method in rounds]
    if "forkserver" not in rounds or not others:
        return {
            "items": round_trips["items"],
            "maps": Markdown(
                "This machine cannot run *forkserver* next to another "
                "method, so there is nothing to compare."
            ),
            "checks": Markdown(""),
        }
    parts = []
    for other in others:
        ratio = _ratio(Spread.ratio(rounds["forkserver"], rounds[other]))
        verdict = _clearly(rounds["forkserver"], rounds[other])
        word = {1: "clearly longer", -1: "clearly shorter", 0: TOO_CLOSE}[verdict]
        parts.append(f"{ratio} as long as under *{other}* ({word})")
    maps = (
        f"In this build, with {_cpu_note(usable)}, a map of {round_trips['items']} "
        "tiny tasks under *forkserver* took " + ", and ".join(parts) + "."
    )
    fork_like = min(others, key=lambda m: statistics.median(checks[m]))
    server, direct = Spread.of(checks["forkserver"]), Spread.of(checks[fork_like])
    verdict = compare(server, direct)
    text = (
        f"The median `exitcode` check took {server.median * 1e6:.1f} microseconds under "
        f"*forkserver* and {direct.median * 1e6:.1f} under *{fork_like}*"
    )
    if verdict == 1:
        items = round_trips["items"]
        extra = (server.median - direct.median) * 2 * items
        share = extra / statistics.median(rounds[fork_like])
        text += (
            f", {_times(server.median / direct.median)} times as long. If the "
            f"pool checked both workers once for each of {items} results, that "
            f"would add about {extra * 1e3:.1f} ms to a map, "
            f"{share:.0%} of a map's time under *{fork_like}*: "
            + (
                "measurable, but too little to make a map many times slower on its own."
                if share < 0.5
                else "a large part of it, but not enough to make a map many "
                "times slower on its own."
                if share < 1
                else "enough, on this machine, to double a map's time or more."
            )
        )
    else:
        text += f": {TOO_CLOSE}." if verdict == 0 else ": *forkserver* was faster here."
    return {
        "items": round_trips["items"],
        "maps": Markdown(maps),
        "checks": Markdown(text),
    }
