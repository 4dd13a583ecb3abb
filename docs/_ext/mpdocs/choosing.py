"""The sentences the choosing page writes from ``choose_model_cpu.py``'s numbers.

The wording depends on the measured speed-ups, the usable CPUs and how many of
them a pool of busy workers got (:mod:`mpdocs.cpus`). On one CPU no model can
compute in parallel, so the page says so instead of explaining a speed-up it
could not show.
"""

from __future__ import annotations

from mpdocs.cpus import machine_was_quiet, too_close_to_call

X = "\N{MULTIPLICATION SIGN}"  # written after a speed-up: 1.8 times serial


def load_sentence(usable: int, busy: float) -> str:
    """How many CPUs the computing job had, and whether other programs took some."""
    if usable == 1:
        text = (
            "**This build had one usable CPU**, so no model could compute in "
            "parallel: threads and processes could only take turns on it (waits "
            "still overlap, as the next section shows), and the numbers below "
            "cannot show what a second CPU gains. One busy "
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


def cpu_sentence(cpu: dict[str, float], usable: int, busy: float) -> str:
    """What the pure-Python job (``count_primes``) showed."""
    if too_close_to_call(cpu["threads"], 1.0):
        threads = "no faster than the serial loop"
    elif cpu["threads"] > 1:
        threads = "a little faster than the serial loop, which a busy machine slowed"
    else:
        threads = (
            "slower than the serial loop: they paid for the pool and gained nothing"
        )
    text = (
        f"**count_primes**: threads ran the pure-Python job at {cpu['threads']:.2f} "
        f"times the serial speed, {threads}. Only the thread holding the GIL "
        "computes, so a thread pool cannot beat the serial loop here, whatever the "
        f"number of cores. Processes reached {cpu['processes']:.2f}{X}"
    )
    if too_close_to_call(cpu["processes"], cpu["threads"]):
        text += ", too close to the threads to call on this run."
    elif cpu["processes"] > cpu["threads"]:
        text += f", {cpu['processes'] / cpu['threads']:.2f} times the speed of threads."
    else:
        text += (
            ", slower than the threads on this run: without free CPUs, starting "
            "the processes cost more than they gained."
        )
    if usable == 1:
        text += (
            " With one usable CPU the processes could only take turns: on "
            "several CPUs each computes on its own, which this build could not show."
        )
    elif machine_was_quiet(busy, usable):
        text += (
            f" The gap to the ideal {usable}{X} is the cost of starting {usable} "
            "fresh interpreters with *spawn* and of sending tasks and results "
            "through pipes: a fixed cost that a longer job, or a pool kept open for "
            "many jobs, pays off."
        )
    return text


def hash_sentence(hashing: dict[str, float], usable: int) -> str:
    """What the hashing job (``hash_zeros``), whose C code releases the GIL, showed."""
    text = (
        f"**hash_zeros**: threads reached {hashing['threads']:.2f}{X} and processes "
        f"{hashing['processes']:.2f}{X}, start-up included. Each thread spends nearly "
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
    if too_close_to_call(hashing["threads"], hashing["processes"]):
        return text + "; here the two were too close to call."
    if hashing["threads"] > hashing["processes"]:
        return text + "; here that made them the faster of the two."
    return text + "; on this run processes were nonetheless faster."
