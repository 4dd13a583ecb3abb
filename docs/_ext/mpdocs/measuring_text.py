"""The figures and sentences of the "Measuring speed-up" page, from its runs.

The page runs its examples on whatever machine builds it: a quiet one with two
CPUs, a busy one, one with a single CPU. These functions turn a run's numbers
into sentences that are true of that run, so that no hidden cell assembles
prose and no page asserts on a time. ``nox -s bench`` computes the CPU-bound
speed-up with :func:`amdahl_spreads` too, so it reports the figure the page
describes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mpdocs.cpus import OTHERS_SHARE, machine_was_quiet
from mpdocs.spread import TOO_CLOSE, Spread, compare

__all__ = [
    "CPU_TARGET_SHARE",
    "TIMES",
    "amdahl_limit",
    "amdahl_sentences",
    "amdahl_spreads",
    "big_sentence",
    "clock_sentences",
    "payload_sentences",
    "tiny_sentence",
]

#: The multiplication sign (U+00D7) the sentences write.
TIMES = "\u00d7"

#: The project's target: a warm pool of every usable CPU, on a CPU-bound job
#: with start-up excluded, reaches this share of their number.
CPU_TARGET_SHARE = 0.9


def amdahl_limit(s: float, workers: int) -> float:
    """Amdahl's law: the speed-up ceiling for serial fraction *s*.

    >>> amdahl_limit(0.5, 2), amdahl_limit(0.0, 4)
    (1.3333333333333333, 4.0)
    """
    return 1 / (s + (1 - s) / workers)


def amdahl_spreads(results: Mapping[str, Any]) -> dict[float, Spread]:
    """Speed-up per serial fraction, from ``amdahl_curve.py --json`` rounds.

    Each round timed the loop and every fraction one after the other; the
    speed-up of a round is its loop time over its fraction's time.
    """
    rounds = results["rounds"]
    loop = rounds["loop"]
    return {s: Spread.ratio(loop, rounds[str(s)]) for s in results["fractions"]}


def _cpus(busy: float) -> str:
    return f"{busy:.2f} CPU{'s' if round(busy, 2) != 1 else ''}"


def clock_sentences(
    *,
    serial_cpu: float,
    serial_wall: float,
    parent_cpu: float,
    children_cpu: float,
    cold_x: float,
    warm_x: float,
    workers: int,
) -> dict[str, str]:
    """Sentences for the two-clocks program: ``parent``, ``startup``, ``baseline``.

    *cold_x* and *warm_x* are the speed-ups over the loop counting start-up
    and not; *children_cpu* is what ``os.times()`` saw in the ended workers.
    """
    text = {}
    share = parent_cpu / serial_cpu
    if share < 0.5:
        text["parent"] = (
            f"The loop used {serial_cpu:.2f} s of CPU time; during the cold pool "
            f"run, which did the same work, the parent's `process_time()` rose by "
            f"only {parent_cpu:.3f} s ({share:.0%} of it): a parent's CPU clock "
            "cannot tell you how much work a pool did."
        )
    else:
        text["parent"] = (
            f"The loop used {serial_cpu:.2f} s of CPU time, and during the cold "
            f"pool run the parent's `process_time()` rose by {parent_cpu:.3f} s: "
            "in this build starting the workers cost the parent much CPU, yet "
            "none of the tasks' own work is in that number."
        )
    if children_cpu > 0:
        text["parent"] += (
            f" After `join()`, `os.times()` counted {children_cpu:.2f} s of CPU "
            "time in the ended workers, for six rounds of the tasks."
        )
    else:
        text["parent"] += (
            " `os.times()` counted no CPU time in the ended workers: this "
            "platform does not report it."
        )
    target = CPU_TARGET_SHARE * workers
    if workers < 2:
        text["startup"] = (
            f"With one usable CPU, the pool ran {cold_x:.2f} times as fast as the "
            f"loop counting start-up and {warm_x:.2f} times without it. One worker "
            "cannot run the tasks faster than the loop, so neither number is a "
            "speed-up: how far they fall below 1 is what the pool costs, and the "
            "rest is the noise of one run on a shared CPU."
        )
    else:
        text["startup"] = (
            f"The pool ran {cold_x:.2f} times as fast as the loop counting start-up "
            f"(one run) and {warm_x:.2f} times without it (fastest rounds)."
        )
        if cold_x < target:
            text["startup"] += (
                f" Counting start-up, this short job stayed below {target:.2f}, the "
                f"project's target for {workers} CPUs: that target is for a warm "
                "pool, and the measurements below exclude start-up."
            )
    waited = serial_wall / serial_cpu - 1
    if waited > 0.15:
        text["baseline"] = (
            f"The loop's wall time exceeded its CPU time by {waited:.0%}: other "
            "programs took turns on its CPU while this page was built, and that "
            "inflates any speed-up computed from it."
        )
    else:
        text["baseline"] = (
            f"The loop's wall time and CPU time agreed within {abs(waited):.0%}: "
            "it had a CPU to itself, a quick check worth making on any serial "
            "baseline."
        )
    return text


def amdahl_sentences(
    results: Mapping[str, Any],
    busy: float,
    usable: int,
    others: float | None = None,
) -> dict[str, str]:
    """Sentences for ``amdahl_curve.py``'s run: ``alt``, ``target``, ``gap``.

    *busy* is the lower of two readings of :func:`mpdocs.cpus.pool_busy_cpus`
    for a pool of one worker per usable CPU, before and after the run;
    *others* the CPUs other programs used while it ran
    (:func:`mpdocs.cpus.others_cpus`), ``None`` where the platform cannot tell.
    """
    n = results["workers"]
    spreads = amdahl_spreads(results)
    shares = {s: x.median / amdahl_limit(s, n) for s, x in spreads.items()}
    fractions = ", ".join(f"{s:g}" for s in spreads)
    text = {
        "alt": (
            f"The plot shows the measured speed-ups (dots, the median of "
            f"{spreads[0.0].rounds} rounds, with bars from the second-lowest to the "
            f"second-highest round) for serial fractions {fractions} against "
            f"Amdahl's curve for {n} worker{'s' if n != 1 else ''}: they reached "
            f"between {min(shares.values()):.0%} and {max(shares.values()):.0%} of "
            "the prediction."
        )
    }
    worst = min(shares, key=shares.__getitem__)
    text["gap"] = (
        f"The lowest dot, at `s = {worst:g}`, reached {shares[worst]:.0%} of its "
        "prediction."
    )
    above = [s for s, x in spreads.items() if x.low > amdahl_limit(s, n)]
    if above:
        text["alt"] += (
            " The dots for " + ", ".join(f"s = {s:g}" for s in above) + " sit "
            "above the curve in every middle round. That does not beat the law: "
            "other programs slowed the plain loop, the baseline of every ratio, "
            "more than the pool runs. Those dots describe the machine's load, "
            "not the law."
        )
    s0 = spreads[0.0]
    target = CPU_TARGET_SHARE * n
    if usable < 2 or n < 2:
        text["target"] = (
            "**This page was built with one usable CPU**, so no parallel speed-up "
            "could be measured: a pool of one worker only adds its overhead to the "
            f"loop, and ran it {s0.median:.2f} times as fast. The project's target "
            "(0.9 times the usable CPUs, for a CPU-bound job on a warm pool) "
            "needs at least two CPUs to mean anything."
        )
        return text
    measured = (
        f"With one worker per usable CPU ({n}), the CPU-bound job ran "
        f"{s0.median:.2f} times as fast as the loop ({s0.low:.2f} to "
        f"{s0.high:.2f} in the middle rounds)"
    )
    # As nox -s bench judges: no miss on a busy machine, nor when the probe's
    # pool got fewer CPUs than the target needs.
    short = s0.against(target) == "missed" and busy < target
    during = others is not None and others > OTHERS_SHARE * n
    if during and machine_was_quiet(busy, n):
        text["target"] = (
            f"**The build machine was busy this time:** other programs used "
            f"{_cpus(others or 0.0)} on average while the example ran. {measured}, "
            "which says more about the other programs than about the pool, so this "
            f"build judges nothing against the project's target of 0.9 {TIMES} {n} = "
            f"{target:.1f}."
        )
    elif not machine_was_quiet(busy, n) or short or during:
        text["target"] = (
            f"**The build machine was busy this time:** {n} busy workers got only "
            f"{_cpus(busy)} in a check before or after the run. {measured}, which "
            "says more about the other programs than about the pool, so this build "
            f"judges nothing against the project's target of 0.9 {TIMES} {n} = "
            f"{target:.1f}."
        )
    elif s0.low > n:
        text["target"] = (
            f"{measured}: faster than {n} CPUs can be in every middle round, so the "
            "loop's rounds were slowed by other programs and this build judges "
            f"nothing against the project's target of 0.9 {TIMES} {n} = {target:.1f}."
        )
    else:
        verdict = s0.against(target)
        text["target"] = (
            f"A check before and after the run found that {n} busy workers got "
            f"{_cpus(busy)}, so nothing else held them back. "
            + measured
            + {
                "met": f", which **meets** the project's target of 0.9 {TIMES} {n} = "
                f"{target:.1f} in every middle round.",
                "missed": f", which **misses** the project's target of 0.9 {TIMES} {n} = "
                f"{target:.1f} in every middle round.",
                "too close": f": the rounds straddle the project's target of 0.9 {TIMES} "
                f"{n} = {target:.1f}, {TOO_CLOSE}.",
            }[verdict]
        )
    return text


def payload_sentences(results: Mapping[str, Any]) -> dict[str, str]:
    """Sentences for ``payload_cost.py``'s medians: ``alt`` and ``regimes``."""
    sizes: Sequence[int] = results["sizes"]
    trip = dict(zip(sizes, results["round_trip_seconds"], strict=True))
    pickled = dict(zip(sizes, results["pickle_seconds"], strict=True))
    small, large = sizes[0], sizes[-1]
    flat = [trip[size] for size in sizes if size <= 64 * 1024]
    above = all(trip[size] > pickled[size] for size in sizes)
    text = {
        "alt": (
            f"The log-log plot shows a round trip through a pool worker taking "
            f"{trip[small] * 1e6:.0f} µs for {small // 1024} KiB and "
            f"{trip[large] * 1e3:.0f} ms for {large // 2**20} MiB, "
            + ("always above" if above else "mostly above")
            + " the time to pickle and unpickle the same bytes in one process."
        )
    }
    if max(flat) < 3 * min(flat):
        regimes = (
            "Two regimes show. Small payloads, up to 64 KiB here, cost a roughly "
            f"fixed amount, about {trip[small] * 1e6:.0f} µs per round trip on this "
            f"machine for {small // 1024} KiB: waking the worker and the parent's "
            "result thread, not copying bytes."
        )
    else:
        regimes = (
            "Small payloads, up to 64 KiB, should cost a roughly fixed amount, "
            "waking the worker and the parent's result thread; in this build their "
            f"medians ranged from {min(flat) * 1e6:.0f} to {max(flat) * 1e6:.0f} µs, "
            "more than such a fixed cost explains: other programs were competing "
            "for the CPUs."
        )
    rate = 2 * large / trip[large] / 1e6
    factor = trip[large] / pickled[large]
    regimes += (
        f" Large payloads cost in proportion to their size: the {large // 2**20} "
        f"MiB round trip took {trip[large] * 1e3:.0f} ms, about {rate:.0f} MB/s "
        f"counting both directions, and {factor:.0f} times as long as pickling "
        "and unpickling the same bytes without a pipe."
    )
    if factor >= 2:
        regimes += " Copying through the pipe, not pickle, dominates."
    return text | {"regimes": regimes}


def _slower(x: Spread, what: str) -> str:
    """How *x* (pool time over loop time, per round) compares with the loop."""
    verdict = x.against(1.0)
    if verdict == "met":
        return f"{what} took {x.median:.1f} times as long as the loop"
    if verdict == "missed":
        return f"{what} took only {x.median:.2f} times as long as the loop"
    return f"{what} took {x.median:.2f} times as long as the loop, {TOO_CLOSE}"


def tiny_sentence(tiny: Mapping[str, Any], usable: int) -> str:
    """What ``tiny_tasks_lose.py`` showed, from its per-round seconds.

    Every ratio is pool time over loop time in the same round, so a value
    above 1 means the pool lost.
    """
    rounds = tiny["rounds"]
    loop = rounds["loop"]
    one = Spread.ratio(rounds["pool, chunksize=1"], loop)
    batched = Spread.ratio(rounds["pool, default chunksize"], loop)
    workers = tiny["workers"]
    per_task = Spread.of(loop).median / tiny["tasks"] * 1e6
    text = (
        _slower(
            one,
            f"With one task per message, the pool of {workers} worker"
            + ("s" if workers != 1 else ""),
        )
        + f" for {tiny['tasks']} tasks: each task took about {per_task:.0f} µs "
        "in the loop."
    )
    verdict = batched.against(1.0)
    if verdict == "met":
        text += (
            f" With map's default chunks the pool still took "
            f"{batched.median:.1f} times as long as the loop: even batched, each "
            "task's argument and result are pickled, and there is too little "
            "work to pay for it."
        )
    elif verdict == "missed":
        text += (
            f" With map's default chunks it took only {batched.median:.2f} times "
            "as long as the loop: enough tasks per message spread the fixed cost "
            "thin."
        )
    else:
        text += (
            f" With map's default chunks the pool took {batched.median:.2f} times "
            f"as long as the loop, but its rounds ranged from {batched.low:.2f} to "
            f"{batched.high:.2f} times: {TOO_CLOSE}. Even batched, each task's "
            "argument and result are pickled."
        )
    if compare(one, batched) == 1:
        text += " Batching clearly helped."
    if usable < 2:
        text += (
            " With one usable CPU the worker could not even run beside the "
            "parent: every pool run here is overhead on top of the same work."
        )
    return text


def big_sentence(big: Mapping[str, Any]) -> str:
    """What ``big_arguments_lose.py`` showed, from its per-round seconds."""
    lost = Spread.ratio(big["rounds"]["pool"], big["rounds"]["loop"])
    if lost.against(1.0) == "met":
        return _slower(lost, "The checksum on the pool") + (
            ", because every block had to be copied to a worker first, at pipe "
            "speed, by a single parent."
        )
    return _slower(lost, "The checksum on the pool") + (
        ": in this build, copying the blocks did not clearly cost more than "
        "the checksums, so the loss this example is meant to show did not appear."
    )
