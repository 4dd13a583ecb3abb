"""The sentence that says what the tutorial's pool numbers showed.

The numbers come from a run at build time on a shared machine, so each
sentence is chosen from them: a clear result is stated, a close one is called
too close to call.
"""

from __future__ import annotations

#: A ratio below this is too close to call on a busy build machine.
CLEAR = 1.25


def pool_outcome(workers: int, serial: float, pool: float) -> str:
    """What ``first_pool.py`` showed: the pool's speed against one process.

    >>> pool_outcome(4, 2.0, 0.8)[:60]
    'With 4 usable CPUs, the pool finished the same work 2.50 tim'
    """
    ratio = serial / pool
    if workers < 2:
        return (
            "This build could use only one CPU, so the pool could not be faster "
            f"(it ran at {ratio:.2f} times the serial speed): with one CPU, "
            "processes only take turns."
        )
    if ratio > workers:
        return (
            f"With {workers} usable CPUs, the pool finished {ratio:.2f} times "
            "faster than one process: more than one time per CPU, which means "
            "other programs on the shared build machine slowed the serial run."
        )
    if ratio >= CLEAR:
        return (
            f"With {workers} usable CPUs, the pool finished the same work "
            f"{ratio:.2f} times faster than one process, counting the time to "
            "start and stop its workers."
        )
    verdict = (
        "the pool and the single process were too close to call"
        if ratio > 1 / CLEAR
        else "the pool was slower than the single process"
    )
    return (
        f"With {workers} usable CPUs, {verdict} in this build (the pool ran at "
        f"{ratio:.2f} times the serial speed): other programs were most likely "
        "using the build machine's CPUs at the same time. On an idle machine "
        "with two or more CPUs, expect a clear gain."
    )
