"""The "How many workers?" page's sentences, fed recorded runs of its examples."""

from __future__ import annotations

from typing import Any

import pytest

from mpdocs.cpu_count_text import (
    affinity_sentence,
    forced_sentence,
    io_sentence,
    quota_sentence,
    scaling_sentences,
    speedups,
)
from mpdocs.spread import TOO_CLOSE

# ``worker_scaling.py --json`` on the 2-core build machine while seven other
# sessions kept it busy (load average 6 to 9), and the same under
# ``taskset -c 0`` (one usable CPU), 2026-11-30.
BUSY_TWO_CPUS: dict[str, Any] = {
    "usable_cpus": 2,
    "tasks": 48,
    "rounds": {
        "1": [0.554, 0.642, 1.568, 1.214, 1.43],
        "2": [0.661, 0.425, 1.272, 1.01, 1.35],
        "3": [0.593, 0.826, 1.392, 1.211, 1.516],
        "4": [0.567, 0.848, 1.344, 1.768, 1.777],
    },
    "busy": {
        "1": [0.96, 0.83, 0.35, 0.44, 0.38],
        "2": [0.81, 1.3, 0.43, 0.53, 0.4],
        "3": [0.94, 0.68, 0.4, 0.46, 0.36],
        "4": [0.97, 0.65, 0.41, 0.31, 0.31],
    },
}
ONE_CPU: dict[str, Any] = {
    "usable_cpus": 1,
    "tasks": 48,
    "rounds": {
        "1": [1.199, 1.081, 2.279, 1.625, 1.236],
        "2": [1.124, 1.127, 2.751, 1.37, 1.747],
        "3": [1.107, 1.504, 1.093, 1.103, 2.129],
        "4": [1.116, 1.84, 1.557, 1.304, 1.992],
    },
    "busy": {
        "1": [0.45, 0.49, 0.23, 0.33, 0.43],
        "2": [0.49, 0.48, 0.19, 0.4, 0.31],
        "3": [0.49, 0.35, 0.49, 0.49, 0.25],
        "4": [0.48, 0.29, 0.35, 0.41, 0.27],
    },
}
# A quiet 2-CPU run of the same example (the machine with nothing else running).
QUIET_TWO_CPUS: dict[str, Any] = {
    "usable_cpus": 2,
    "tasks": 48,
    "rounds": {
        "1": [0.602, 0.598, 0.611, 0.600, 0.605],
        "2": [0.318, 0.312, 0.325, 0.315, 0.316],
        "3": [0.421, 0.415, 0.430, 0.418, 0.419],
        "4": [0.322, 0.318, 0.331, 0.320, 0.323],
    },
    "busy": {
        "1": [0.99, 0.99, 0.98, 0.99, 0.99],
        "2": [1.94, 1.95, 1.91, 1.95, 1.94],
        "3": [1.93, 1.94, 1.90, 1.94, 1.93],
        "4": [1.95, 1.94, 1.92, 1.95, 1.94],
    },
}
# Issue 12's failing build: the one-worker rounds were slowed by other work,
# so the pools measured faster than ideal (2.32x for 3 workers on 2 CPUs).
FASTER_THAN_IDEAL: dict[str, Any] = {
    **QUIET_TWO_CPUS,
    "rounds": {
        "1": [0.75, 0.74, 0.78, 0.73, 0.76],
        "2": [0.34, 0.33, 0.35, 0.34, 0.34],
        "3": [0.32, 0.33, 0.34, 0.32, 0.33],
        "4": [0.33, 0.33, 0.34, 0.33, 0.33],
    },
}


def test_speed_ups_are_per_round_ratios() -> None:
    spread = speedups(QUIET_TWO_CPUS)[2]
    assert spread.rounds == 5
    assert round(spread.median, 2) == 1.90
    assert speedups(QUIET_TWO_CPUS)[1].median == 1.0


def test_quiet_two_cpus() -> None:
    text = scaling_sentences(QUIET_TWO_CPUS)
    assert "kept 1.94 CPUs busy" in text["cpus"]
    assert "hardly got in its way" in text["cpus"]
    assert "busy this time" not in text["cpus"]
    assert text["best"].startswith(
        "The pool of 2 workers ran at 1.90\N{MULTIPLICATION SIGN} (1.89 to 1.91)"
    )
    assert "gap to the ideal 2" in text["best"]
    assert "did not help" in text["beyond"]
    assert "some were slower" in text["beyond"]  # 3 workers lose to 2
    assert "one CPU" not in " ".join(text.values())


def test_busy_two_cpus_says_so_and_calls_nothing() -> None:
    text = scaling_sentences(BUSY_TWO_CPUS)
    assert "**The build machine was busy this time:**" in text["cpus"]
    assert "kept 0.53 CPUs busy" in text["cpus"]
    # Clearly faster than one worker, but no claim about the ideal.
    assert text["best"].startswith("The pool of 2 workers ran at 1.20")
    assert "less than a full CPU per worker" in text["best"]
    assert "ideal" not in text["best"]
    assert "pools of 3 and 4 workers measured 0.80" in text["beyond"]
    assert "some were slower" in text["beyond"]


def test_busy_two_cpus_too_close_against_one_worker() -> None:
    rounds = {**BUSY_TWO_CPUS["rounds"], "2": [0.5, 0.7, 1.6, 1.2, 1.3]}
    text = scaling_sentences({**BUSY_TWO_CPUS, "rounds": rounds})
    assert TOO_CLOSE in text["best"]
    assert "ideal" not in text["best"]


def test_one_cpu_says_what_cannot_be_shown() -> None:
    text = scaling_sentences(ONE_CPU)
    assert text["cpus"].startswith("**This build had one usable CPU**")
    assert "cannot show what a second CPU gains" in text["cpus"]
    assert "other programs also took part of that one CPU" in text["cpus"]
    assert "not a speed-up" in text["best"]
    assert "extra workers cannot add CPUs" in text["beyond"]
    for claim in ("ideal 1", "pool of 1 workers", "busy this time"):
        assert claim not in " ".join(text.values()), claim


def test_a_pool_faster_than_ideal_is_not_believed() -> None:
    text = scaling_sentences(FASTER_THAN_IDEAL)
    assert "faster than the ideal 2" in text["best"]
    assert "overstates the gain" in text["best"]
    # The one-worker rounds were slow, the others not: 3 workers beat 2.
    assert "pool of 3 workers, more than the 2 CPUs" in text["beyond"]


def test_an_extra_worker_pool_clearly_faster_is_blamed_on_other_programs() -> None:
    uneven = {**QUIET_TWO_CPUS, "rounds": {**QUIET_TWO_CPUS["rounds"]}}
    uneven["rounds"]["4"] = [0.25, 0.24, 0.26, 0.25, 0.25]
    text = scaling_sentences(uneven)
    assert "pool of 4 workers, more than the 2 CPUs" in text["beyond"]
    assert "unevenly" in text["beyond"]


def test_io_sentence() -> None:
    clear = io_sentence({2: [0.42, 0.41, 0.45], 8: [0.11, 0.1, 0.12]}, 2)
    assert clear.startswith("8 workers finished 3.8 times sooner than 2")
    assert "on 2 CPUs: waiting does not need a CPU" in clear
    one = io_sentence({1: [0.81, 0.8, 0.85], 8: [0.11, 0.1, 0.12]}, 1)
    assert "on one CPU: waiting does not need a CPU" in one
    close = io_sentence({2: [0.42, 0.2, 0.45], 8: [0.4, 0.1, 0.5]}, 2)
    assert TOO_CLOSE in close
    assert "both pools were one" in io_sentence({8: [0.1, 0.1, 0.1]}, 8)


COUNTS = {
    "os.cpu_count()": 2,
    "multiprocessing.cpu_count()": 2,
    "len(os.sched_getaffinity(0))": 2,
    "os.process_cpu_count()": 2,
    "Pool() workers": 2,
}
RESTRICTED_313 = {**COUNTS, "len(os.sched_getaffinity(0))": 1}
RESTRICTED_313 |= {"os.process_cpu_count()": 1, "Pool() workers": 1}


def test_affinity_sentences() -> None:
    new = affinity_sentence(COUNTS, RESTRICTED_313, new_counts=True)
    assert "`os.process_cpu_count()` dropped to 1" in new
    assert "still said 2" in new
    old_restricted = {**COUNTS, "len(os.sched_getaffinity(0))": 1}
    old_restricted["os.process_cpu_count()"] = None
    old = affinity_sentence(COUNTS, old_restricted, new_counts=False)
    assert "still started 2 workers" in old
    assert "without `os.sched_setaffinity`" in affinity_sentence(COUNTS, {}, True)


def test_affinity_sentence_refuses_a_false_claim() -> None:
    with pytest.raises(ValueError, match="a single worker"):
        affinity_sentence(COUNTS, {**RESTRICTED_313, "Pool() workers": 2}, True)


def test_forced_sentences() -> None:
    forced = dict.fromkeys(COUNTS, 1) | {"len(os.sched_getaffinity(0))": 2}
    forced["multiprocessing.cpu_count()"] = 1
    text = forced_sentence(forced, COUNTS, "3.13", new_counts=True)
    assert "obeyed the variable" in text
    assert "kept its 2 CPUs" in text
    ignored = forced_sentence(COUNTS, COUNTS, "3.12", new_counts=False)
    assert "ignored the variable" in ignored
    with pytest.raises(ValueError, match="every count became 1"):
        forced_sentence(COUNTS, COUNTS, "3.13", new_counts=True)


def test_quota_sentences() -> None:
    assert "no cgroup CPU files" in quota_sentence(
        {"source": None, "quota": None, "files": []}
    )
    none = quota_sentence({"source": None, "quota": None, "files": ["/a", "/b"]})
    assert "(2 read, from the process's own cgroup up) set no quota" in none
    capped = quota_sentence(
        {"source": "/sys/fs/cgroup/cpu.max", "quota": 1.5, "files": ["/x"]}
    )
    assert "`/sys/fs/cgroup/cpu.max` grants 1.5 CPUs" in capped
