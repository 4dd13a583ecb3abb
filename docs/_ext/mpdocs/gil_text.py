"""The sentences the GIL page chooses from its measured speed-ups.

The page runs ``examples/gil_cpu_vs_io.py`` with two workers on whatever
machine builds it. :func:`gil_sentences` turns that run's speed-ups, the busy
check (:func:`mpdocs.cpus.pool_busy_cpus`) and the usable-CPU count into
sentences that are true of the run: a quiet machine with two or more CPUs, a
busy one, or one with a single CPU, where processes can only take turns and
no parallel speed-up can show.
"""

from __future__ import annotations

from collections.abc import Mapping

from mpdocs.cpus import machine_was_quiet, too_close_to_call

#: The multiplication sign (U+00D7) the page writes after each speed-up.
TIMES = "\u00d7"

#: Speed-up at which two workers clearly overlapped (the ideal is 2).
OVERLAPPED = 1.3


def gil_sentences(
    speedups: Mapping[str, Mapping[str, float]], busy: float, usable: int
) -> dict[str, str]:
    """Sentences for *speedups* (``{"cpu"|"hash"|"io": {"threads"|"processes": x}}``).

    *busy* is the lower reading of two busy workers' CPUs; *usable* the CPUs
    the build may use. Keys: ``cpus`` (after the usable-CPU count), ``load``,
    ``cpu``, ``hash``, ``io`` and ``post`` (the 2016 section's speed-ups).
    """
    cpu, hashing, io = (speedups[job] for job in ("cpu", "hash", "io"))
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
            "two threads, only took turns on it. Only waiting can still overlap."
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
    text["hash"] = (
        f"**hash**: threads ran {hashing['threads']:.2f} times as fast as serial. "
        "Each thread spent nearly all its time inside hashlib with the GIL "
        "released, so "
        + (
            "on two CPUs both could hash at once; on this machine's one CPU they "
            "took turns."
            if one_cpu
            else "both cores worked."
            if hashing["threads"] >= OVERLAPPED
            else "both could have worked, had the machine given them two CPUs."
        )
        + f" Processes came to {hashing['processes']:.2f}{TIMES}, start-up included: "
        + (
            "with one CPU they too took turns, and starting the pool added to the time."
            if one_cpu
            else "on a job this short, starting a pool of processes is a noticeable "
            "share of the time."
        )
    )
    text["io"] = _io_sentence(io)
    text["post"] = (
        f"They do speed up **blocking I/O** ({io['threads']:.2f}{TIMES} above) and "
        "**C code that releases the GIL** "
        + (
            "when a second CPU is free to run it: this build had only one, "
            f"hence the **hash** row's {hashing['threads']:.2f}{TIMES}."
            if one_cpu
            else f"({hashing['threads']:.2f}{TIMES})."
            if hashing["threads"] >= OVERLAPPED
            else "when a second CPU is free to run it: this build's machine was "
            f"busy, hence the **hash** row's {hashing['threads']:.2f}{TIMES}."
        )
    )
    return text


def _cpu_sentence(cpu: Mapping[str, float], quiet: bool, one_cpu: bool) -> str:
    text = (
        f"**cpu**: two threads ran the pure-Python job at {cpu['threads']:.2f} "
        "times the serial speed, "
        + (
            "that is, with no real gain"
            if cpu["threads"] < 1.15
            else "a gain that can only come from a serial run slowed by other programs"
        )
        + ": the GIL let only one of them count primes at a time"
        + (", and one CPU could not have run two at once anyway." if one_cpu else ".")
        + f" Two processes ran it {cpu['processes']:.2f} times as fast as serial"
    )
    if one_cpu:
        return text + (
            ": on one CPU they too could only take turns, so this run cannot "
            "show what processes gain with two free CPUs."
        )
    if too_close_to_call(cpu["processes"], cpu["threads"]):
        text += ", too close to the threads to call on this run."
    elif cpu["processes"] > cpu["threads"]:
        text += (
            f", {cpu['processes'] / cpu['threads']:.2f} times the speed of the threads."
        )
    else:
        text += (
            ", slower than the threads on this run: without a second free CPU, "
            "starting the pool cost more than it gained."
        )
    if quiet:
        text += (
            f" Part of the gap to 2{TIMES} is starting the pool and sending tasks and "
            "results between processes, which the time includes."
        )
    return text


def _io_sentence(io: Mapping[str, float]) -> str:
    overlapped = [mode for mode in ("threads", "processes") if io[mode] >= OVERLAPPED]
    numbers = f"threads ({io['threads']:.2f}{TIMES}) and processes ({io['processes']:.2f}{TIMES})"
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
            if io["threads"] >= 0.95 * io["processes"]
            else "Threads fell a little behind on this run"
        )
        + " at a fraction of the cost, and for real network or disk I/O they are "
        "the lighter choice, as is {py:mod}`asyncio`."
    )
