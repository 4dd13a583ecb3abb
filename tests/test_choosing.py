"""The choosing page's sentences, from recorded runs of its two examples."""

from __future__ import annotations

from typing import Any

import pytest

from mpdocs.choosing import (
    X,
    all_values,
    cpu_sentence,
    cpu_values,
    hash_sentence,
    load_sentence,
    ranking,
    speedups,
)
from mpdocs.spread import TOO_CLOSE

# ``choose_model_cpu.py --json`` and ``choose_model_io.py --json`` (3 rounds)
# on the 2-core build machine while seven other sessions kept it busy, and
# the same under ``taskset -c 0`` (one usable CPU), 2026-11-30.
BUSY_TWO_CPUS: dict[str, Any] = {
    "workers": 2,
    "gil": True,
    "rounds": {
        "count_primes": {
            "serial": [0.522, 0.408, 0.336],
            "threads": [0.574, 0.418, 0.487],
            "processes": [0.837, 0.808, 0.890],
        },
        "hash_zeros": {
            "serial": [0.753, 1.011, 0.846],
            "threads": [0.535, 0.875, 0.908],
            "processes": [0.588, 1.123, 1.152],
        },
    },
}
ONE_CPU: dict[str, Any] = {
    "workers": 1,
    "gil": True,
    "rounds": {
        "count_primes": {
            "serial": [0.377, 0.386, 0.375],
            "threads": [0.392, 0.377, 0.425],
            "processes": [0.661, 0.560, 0.554],
        },
        "hash_zeros": {
            "serial": [0.516, 0.514, 0.440],
            "threads": [0.601, 0.606, 0.401],
            "processes": [0.652, 0.660, 0.632],
        },
    },
}
IO_BUSY: dict[str, Any] = {
    "tasks": 8,
    "rounds": {
        "serial": [0.817, 0.815, 0.812],
        "threads": [0.101, 0.101, 0.112],
        "coroutines": [0.101, 0.101, 0.104],
        "processes": [2.940, 2.290, 1.868],
    },
}
# The shape of a run on two free CPUs.
QUIET_TWO_CPUS: dict[str, Any] = {
    "workers": 2,
    "gil": True,
    "rounds": {
        "count_primes": {
            "serial": [1.00, 1.01, 0.99],
            "threads": [1.00, 1.00, 1.01],
            "processes": [0.57, 0.56, 0.58],
        },
        "hash_zeros": {
            "serial": [0.90, 0.91, 0.90],
            "threads": [0.46, 0.46, 0.47],
            "processes": [0.53, 0.52, 0.53],
        },
    },
}
# Serial rounds slowed by other work: processes measure beyond 2 workers.
FASTER_THAN_IDEAL = {
    **QUIET_TWO_CPUS,
    "rounds": {
        **QUIET_TWO_CPUS["rounds"],
        "count_primes": {
            "serial": [1.30, 1.28, 1.31],
            "threads": [1.00, 1.00, 1.01],
            "processes": [0.57, 0.56, 0.58],
        },
    },
}


def sentences(run: dict[str, Any], busy: float) -> str:
    usable = run["workers"]
    cpu = speedups(run["rounds"]["count_primes"])
    hashing = speedups(run["rounds"]["hash_zeros"])
    return " ".join(
        [
            load_sentence(usable, busy),
            cpu_sentence(cpu, usable, busy),
            hash_sentence(hashing, usable),
        ]
    )


def test_two_quiet_cpus_explain_the_speed_up() -> None:
    text = sentences(QUIET_TWO_CPUS, busy=1.96)
    assert "A pool of 2 busy workers kept 1.96 CPUs busy" in text
    assert "threads ran the pure-Python job at 1.00 times" in text
    assert f"which against the serial loop was {TOO_CLOSE}" in text
    assert f"Processes reached 1.75{X}, 1.75 times the speed of threads." in text
    assert f"The gap to the ideal 2{X}" in text
    assert "here that made them the faster of the two." in text
    assert "one usable CPU" not in text


def test_two_busy_cpus_keep_their_wording() -> None:
    text = sentences(BUSY_TWO_CPUS, busy=1.2)
    assert text.startswith("**The build machine was busy this time:**")
    assert "kept only 1.20 CPUs busy" in text
    assert "ideal" not in text
    assert "one usable CPU" not in text
    # Processes were clearly slower than threads on that busy run.
    assert "slower than the threads on this run" in text
    assert f"here the two were {TOO_CLOSE}" in text


def test_one_cpu_says_what_could_not_be_shown() -> None:
    text = sentences(ONE_CPU, busy=0.99)
    assert text.startswith("**This build had one usable CPU**")
    assert "on that one CPU" in text
    assert "One busy worker kept 0.99 CPUs busy" in text
    assert "other programs left that CPU to the job" in text
    assert "no parallel speed-up was possible" in text
    assert "processes could only take turns" in text
    # Nothing that only several CPUs make true.
    for claim in ("ideal", "pool of 1", "1 busy workers", "faster of the two"):
        assert claim not in text, claim


def test_one_busy_cpu() -> None:
    assert "other programs also took part of that CPU" in sentences(ONE_CPU, 0.5)


def test_faster_than_ideal_is_not_believed() -> None:
    text = sentences(FASTER_THAN_IDEAL, busy=1.96)
    assert "faster than 2 workers can be" in text
    assert "The gap to the ideal" not in text


def test_page_values_and_the_table() -> None:
    values = cpu_values(BUSY_TWO_CPUS, 2, 1.2)
    assert values["cpu_text"].startswith("- **count_primes**")
    glued, jobs = all_values(BUSY_TWO_CPUS, IO_BUSY)
    assert isinstance(glued["io_asyncio_x"], float)
    assert "were slower than the serial loop: starting 8" in glued["io_text"]
    quiet_io = {
        **IO_BUSY,
        "rounds": {**IO_BUSY["rounds"], "processes": [0.5, 0.45, 0.52]},
    }
    glued, _ = all_values(QUIET_TWO_CPUS, quiet_io)
    assert "which made them the slowest of the three" in glued["io_text"]
    assert "| waiting for I/O | threads 8.07" in glued["decision_table"]
    assert len(jobs) == 3
    with pytest.raises(RuntimeError, match="GIL"):
        cpu_values({**BUSY_TWO_CPUS, "gil": False}, 2, 1.2)


def test_ranking_marks_overlaps() -> None:
    one = speedups(ONE_CPU["rounds"]["count_primes"])
    text = ranking(one)
    assert text.startswith("serial 1.00")
    assert "\u2248 threads" in text
    assert "> processes" in text
