"""The "Big arrays" page's sentences, fed recorded runs of its examples.

Recorded on the 2-CPU build machine on 2026-11-30 with ``--json``, while
other builds kept it busy (load average 6 to 8), and under ``taskset -c 0``
(1 usable CPU); seconds rounded to 4 digits. The first round of each pool
example is its warm-up.
"""

from __future__ import annotations

from mpdocs.arrays_text import (
    oversubscription_text,
    pickle_cost_text,
    rounds_alt,
    shared_vs_pickled_text,
)
from mpdocs.spread import TOO_CLOSE

OPENBLAS = "0.3.34.237.2"
SHARED_BUSY = {
    "pickled": [1.016, 0.1097, 0.1102, 0.1535, 0.1749, 0.1792],
    "shared": [0.001749, 0.002035, 0.001393, 0.004916, 0.002192, 0.001924],
}
SHARED_ONE_CPU = {
    "pickled": [1.671, 0.3235, 0.2651, 0.2401, 0.239, 0.2202],
    "shared": [0.005199, 0.006741, 0.006435, 0.001355, 0.007201, 0.01198],
}
PICKLE_COST_BUSY = {
    "pickle+unpickle": [0.001684, 0.001905, 0.001967, 0.002126, 0.00103],
    "summarize": [0.002062, 0.003395, 0.001817, 0.006768, 0.0009135],
}
PICKLE_COST_ONE_CPU = {
    "pickle+unpickle": [0.003301, 0.001839, 0.002411, 0.002797, 0.003046],
    "summarize": [0.006135, 0.001976, 0.01257, 0.002783, 0.001744],
}
BLAS_BUSY = {
    "cpus": 2,
    "threads": {
        "default": [["openblas", OPENBLAS, 2]],
        "1 thread": [["openblas", OPENBLAS, 1]],
    },
    "rounds": {
        "default": [0.3211, 0.4115, 0.2121, 0.3092, 0.2231, 0.3957],
        "1 thread": [0.09946, 0.02413, 0.006388, 0.02817, 0.04497, 0.03219],
    },
}
BLAS_ONE_CPU = {
    "cpus": 1,
    "threads": {
        "default": [["openblas", OPENBLAS, 1]],
        "1 thread": [["openblas", OPENBLAS, 1]],
    },
    "rounds": {
        "default": [0.02444, 0.02005, 0.02403, 0.01182, 0.007903, 0.01206],
        "1 thread": [0.03553, 0.02394, 0.01511, 0.009134, 0.007932, 0.02797],
    },
}


def test_shared_memory_clearly_wins_on_a_busy_machine() -> None:
    text = shared_vs_pickled_text(SHARED_BUSY)
    # The warm-up round (1.016 s pickled) is left out of the 5 rounds.
    assert "**79 times** as long" in text
    assert "54 to 80 over 5 rounds" in text


def test_shared_memory_wins_on_one_cpu_too() -> None:
    # Copying does not need a second CPU: the verdict holds on one.
    text = shared_vs_pickled_text(SHARED_ONE_CPU)
    assert "**41 times** as long" in text
    assert TOO_CLOSE not in text


def test_shared_versus_pickled_says_when_the_rounds_disagree() -> None:
    # Constructed: the middle rounds straddle 1, as on a wildly noisy machine.
    rounds = {"pickled": [9, 1.0, 1.2, 0.9, 1.1, 0.8], "shared": [1, 1, 1, 1, 1, 1]}
    text = shared_vs_pickled_text(rounds)
    assert TOO_CLOSE in text
    assert "times as long" not in text


def test_pickle_cost_close_to_the_work_is_too_close_to_call() -> None:
    for rounds in (PICKLE_COST_BUSY, PICKLE_COST_ONE_CPU):
        text = pickle_cost_text(rounds)
        assert TOO_CLOSE in text
        assert "about as much as the work" in text
    assert "0.82 times as long" in pickle_cost_text(PICKLE_COST_BUSY)
    assert "0.56 to 1.08 over 5 rounds" in pickle_cost_text(PICKLE_COST_BUSY)


def test_pickle_cost_clear_either_way() -> None:
    # Constructed from the busy recording, scaled: pickling 3x the work, then 1/3.
    work = PICKLE_COST_BUSY["summarize"]
    heavy = {"pickle+unpickle": [3 * w for w in work], "summarize": work}
    light = {"pickle+unpickle": [w / 3 for w in work], "summarize": work}
    assert "a pool mostly moves data" in pickle_cost_text(heavy)
    assert "the work outweighed the pickling" in pickle_cost_text(light)


def test_oversubscribed_pool_on_two_busy_cpus() -> None:
    text = oversubscription_text(BLAS_BUSY)
    assert text.startswith("2 workers times 2 BLAS threads made 4 threads for 2 CPUs.")
    assert "**The pool at the default took 12 times as long per round**" in text
    assert "11 to 17 over 5 rounds" in text


def test_one_cpu_says_it_cannot_show_oversubscription() -> None:
    text = oversubscription_text(BLAS_ONE_CPU)
    assert text.startswith("**This build could not show oversubscription:**")
    assert "with 1 usable CPU," in text
    assert "already 1 thread per worker" in text
    assert "times as long per round" not in text


def test_oversubscription_that_did_not_hurt_is_not_called_a_loss() -> None:
    # Constructed: the default pool faster in every round (a quiet machine
    # where the library's threads had idle CPUs to use), then a coin toss.
    faster = {
        **BLAS_BUSY,
        "rounds": {"default": [1, 1, 1, 1, 1, 1], "1 thread": [2] * 6},
    }
    assert "the pool at the default was the faster one" in oversubscription_text(faster)
    even = {
        **BLAS_BUSY,
        "rounds": {"default": [1] * 6, "1 thread": [1, 0.9, 1.1, 1, 1.05, 0.95]},
    }
    assert TOO_CLOSE in oversubscription_text(even)


def test_the_figures_alt_text_leaves_the_warm_up_out() -> None:
    text = rounds_alt(SHARED_BUSY, "8 tasks")
    assert "5 rounds of each kind (warm-up left out)" in text
    assert "pickled: 109.7 to 179.2 ms" in text  # not the 1016 ms warm-up
    assert "shared: 1.4 to 4.9 ms" in text
