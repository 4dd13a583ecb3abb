"""The GIL page's sentences, fed recorded runs of examples/gil_cpu_vs_io.py."""

from __future__ import annotations

from mpdocs.gil_text import TIMES, gil_sentences

# Speed-ups over serial recorded with --start-method forkserver on a 2-CPU
# machine that other builds kept busy, and under `taskset -c 0` (1 CPU).
TWO_CPUS_BUSY = {
    "cpu": {"serial": 1.0, "threads": 1.00, "processes": 1.10},
    "hash": {"serial": 1.0, "threads": 1.11, "processes": 1.01},
    "io": {"serial": 1.0, "threads": 2.00, "processes": 1.82},
}
ONE_CPU = {
    "cpu": {"serial": 1.0, "threads": 0.95, "processes": 0.84},
    "hash": {"serial": 1.0, "threads": 1.24, "processes": 1.12},
    "io": {"serial": 1.0, "threads": 2.00, "processes": 1.82},
}
# The shape of a run on two free CPUs.
TWO_CPUS_QUIET = {
    "cpu": {"serial": 1.0, "threads": 0.99, "processes": 1.80},
    "hash": {"serial": 1.0, "threads": 1.85, "processes": 1.40},
    "io": {"serial": 1.0, "threads": 1.99, "processes": 1.75},
}


def test_one_cpu_says_what_could_not_be_shown() -> None:
    text = gil_sentences(ONE_CPU, busy=0.98, usable=1)
    assert "one usable CPU" in text["load"]
    assert "cannot show a parallel speed-up" in text["load"]
    assert "busy" not in text["load"]
    assert "take turns" in text["cpus"]
    assert "cannot show what processes gain" in text["cpu"]
    assert "0.84 times" in text["cpu"]
    assert "0.95 times" in text["cpu"]
    assert "took turns" in text["hash"]
    assert "both cores worked" not in text["hash"]
    assert "they too took turns" in text["hash"]
    assert "both overlapped the waits" in text["io"]
    assert "this build had only one" in text["post"]
    assert f"1.24{TIMES}" in text["post"]


def test_one_cpu_never_credits_threads_with_a_hash_speed_up() -> None:
    lucky = {**ONE_CPU, "hash": {"serial": 1.0, "threads": 1.4, "processes": 1.1}}
    text = gil_sentences(lucky, busy=0.98, usable=1)
    assert "both cores worked" not in text["hash"]
    assert "this build had only one" in text["post"]


def test_two_busy_cpus_keep_their_own_wording() -> None:
    text = gil_sentences(TWO_CPUS_BUSY, busy=1.2, usable=2)
    assert text["load"].startswith("**The build machine was busy this time:**")
    assert "1.20 CPUs" in text["load"]
    assert "More processes than CPUs" in text["cpus"]
    assert "too close to the threads to call" in text["cpu"]
    assert f"Part of the gap to 2{TIMES}" not in text["cpu"]
    assert "had the machine given them two CPUs" in text["hash"]
    assert "machine was busy" in text["post"]


def test_two_quiet_cpus_show_the_parallel_gain() -> None:
    text = gil_sentences(TWO_CPUS_QUIET, busy=1.95, usable=2)
    assert "nothing else held them back" in text["load"]
    assert "1.82 times the speed of the threads" in text["cpu"]
    assert f"Part of the gap to 2{TIMES}" in text["cpu"]
    assert "both cores worked" in text["hash"]
    assert text["post"].endswith(f"**C code that releases the GIL** (1.85{TIMES}).")
    assert "Threads kept up with processes" in text["io"]


def test_io_that_did_not_overlap_is_not_called_overlapped() -> None:
    slow = {**ONE_CPU, "io": {"serial": 1.0, "threads": 1.9, "processes": 1.1}}
    text = gil_sentences(slow, busy=0.98, usable=1)["io"]
    assert "only the threads clearly overlapped" in text
