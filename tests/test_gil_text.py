"""The GIL page's sentences, fed recorded runs of examples/gil_cpu_vs_io.py."""

from __future__ import annotations

from typing import Any

import pytest

from mpdocs.gil_text import (
    TIMES,
    check_increment,
    gil_sentences,
    page_values,
    speedups,
)
from mpdocs.spread import TOO_CLOSE


def run(cpu: dict, hashing: dict, io: dict) -> dict[str, Any]:
    """A ``--json`` result from per-round seconds of each job."""
    jobs = {"count_primes": cpu, "hash_zeros": hashing, "wait_for_io": io}
    return {
        "workers": 2,
        "jobs": {
            task: {"tasks": 10, "size": 1, "rounds": r} for task, r in jobs.items()
        },
    }


# --start-method forkserver on the 2-core build machine while seven other
# sessions kept it busy (load average 6 to 8), 2026-11-30.
BUSY_TWO_CPUS = run(
    {"serial": [0.702, 0.719, 1.73], "threads": [0.709, 1.337, 1.721],
     "processes": [0.78, 1.758, 1.713]},
    {"serial": [0.588, 0.391, 0.442], "threads": [0.579, 0.388, 0.303],
     "processes": [0.613, 0.511, 0.358]},
    {"serial": [0.501, 0.502, 0.501], "threads": [0.254, 0.251, 0.251],
     "processes": [0.346, 0.359, 0.398]},
)  # fmt: skip
# The same under ``taskset -c 0`` (one usable CPU), same session.
ONE_CPU = run(
    {"serial": [0.309, 0.364, 0.434], "threads": [0.423, 0.378, 0.386],
     "processes": [0.527, 0.563, 0.595]},
    {"serial": [0.654, 0.31, 0.416], "threads": [0.606, 0.374, 0.428],
     "processes": [0.503, 0.572, 0.682]},
    {"serial": [0.505, 0.504, 0.508], "threads": [0.251, 0.251, 0.251],
     "processes": [0.389, 0.381, 0.389]},
)  # fmt: skip
# The shape of a run on two free CPUs (the machine quiet).
QUIET_TWO_CPUS = run(
    {"serial": [0.50, 0.51, 0.50], "threads": [0.51, 0.50, 0.52],
     "processes": [0.29, 0.28, 0.30]},
    {"serial": [0.44, 0.45, 0.44], "threads": [0.24, 0.23, 0.24],
     "processes": [0.31, 0.32, 0.31]},
    {"serial": [0.50, 0.50, 0.50], "threads": [0.25, 0.25, 0.25],
     "processes": [0.29, 0.28, 0.29]},
)  # fmt: skip
# A quiet run whose serial rounds other work slowed: processes beat 2x.
FASTER_THAN_IDEAL = run(
    {
        "serial": [0.70, 0.72, 0.71],
        "threads": [0.70, 0.71, 0.72],
        "processes": [0.29, 0.28, 0.30],
    },
    QUIET_TWO_CPUS["jobs"]["hash_zeros"]["rounds"],
    QUIET_TWO_CPUS["jobs"]["wait_for_io"]["rounds"],
)


def sentences(result: dict[str, Any], busy: float, usable: int) -> dict[str, str]:
    return gil_sentences(speedups(result), busy, usable)


def test_one_cpu_says_what_could_not_be_shown() -> None:
    text = sentences(ONE_CPU, busy=0.98, usable=1)
    assert "one usable CPU" in text["load"]
    assert "that one CPU" in text["load"]
    assert "cannot show a parallel speed-up" in text["load"]
    assert "busy" not in text["load"]
    assert "take turns" in text["cpus"]
    assert "cannot show what processes gain" in text["cpu"]
    assert "took turns" in text["hash"]
    assert "both cores worked" not in text["hash"]
    assert "they too took turns" in text["hash"]
    assert "only the threads clearly overlapped" in text["io"]
    assert "this build had only one CPU" in text["post"]


def test_one_cpu_never_credits_threads_with_a_hash_speed_up() -> None:
    lucky = run(
        ONE_CPU["jobs"]["count_primes"]["rounds"],
        {"serial": [0.6, 0.6, 0.6], "threads": [0.4, 0.4, 0.4], "processes": [0.5] * 3},
        ONE_CPU["jobs"]["wait_for_io"]["rounds"],
    )
    text = sentences(lucky, busy=0.98, usable=1)
    assert "both cores worked" not in text["hash"]
    assert "this build had only one CPU" in text["post"]


def test_two_busy_cpus_keep_their_own_wording() -> None:
    text = sentences(BUSY_TWO_CPUS, busy=1.2, usable=2)
    assert text["load"].startswith("**The build machine was busy this time:**")
    assert "1.20 CPUs" in text["load"]
    assert "More processes than CPUs" in text["cpus"]
    assert f"against the threads was {TOO_CLOSE}" in text["cpu"]
    assert "with no real gain" in text["cpu"]
    assert f"Part of the gap to 2{TIMES}" not in text["cpu"]
    assert "had the machine given them two CPUs" in text["hash"]
    assert "machine was busy" in text["post"]
    assert "one CPU" not in " ".join(text.values())


def test_two_quiet_cpus_show_the_parallel_gain() -> None:
    text = sentences(QUIET_TWO_CPUS, busy=1.95, usable=2)
    assert "nothing else held them back" in text["load"]
    assert "1.76 times the speed of the threads" in text["cpu"]
    assert f"Part of the gap to 2{TIMES}" in text["cpu"]
    assert "both cores worked" in text["hash"]
    assert text["post"].endswith(f"**C code that releases the GIL** (1.83{TIMES}).")
    assert "Threads kept up with processes" in text["io"]
    assert "both overlapped the waits" in text["io"]


def test_faster_than_ideal_is_not_believed() -> None:
    text = sentences(FASTER_THAN_IDEAL, busy=1.95, usable=2)
    assert "faster than two workers can be" in text["cpu"]
    assert "overstates the gain" in text["cpu"]
    assert "Part of the gap" not in text["cpu"]


def test_page_values_glue_everything_the_page_names() -> None:
    values = page_values(QUIET_TWO_CPUS, busy=1.95, usable=2)
    for key in ("cpu_threads_x", "hash_processes_x", "io_threads_x"):
        assert isinstance(values[key], float), key
    assert values["usable_cpus_text"] == "2 usable CPUs"
    assert page_values(ONE_CPU, 0.98, 1)["usable_cpus_text"] == "1 usable CPU"
    assert values["notice_text"].count("\n- ") == 2
    table = values["speed_table"].splitlines()
    assert table[0] == "| job | serial | 2 threads | 2 processes |"
    assert table[2].startswith("| cpu (pure Python), 10 tasks | 0.50 s (1.00")


def test_check_increment() -> None:
    check_increment(
        ["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"]
    )
    with pytest.raises(RuntimeError, match="separate add"):
        check_increment(["LOAD_GLOBAL", "STORE_GLOBAL", "BINARY_OP"])
