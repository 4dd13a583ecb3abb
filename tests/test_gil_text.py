"""The GIL page's sentences, fed recorded runs of examples/gil_cpu_vs_io.py.

The runs are ``tests/recorded/<condition>/gil_cpu_vs_io.json``
(``tools/record_runs.py``), with the busy-CPU probe and usable CPUs the page
passes. Expectations are worked out here from the recorded numbers, so the
tests hold for any new recording; typed-in cases at the end test edge logic.
"""

from __future__ import annotations

from typing import Any

import pytest
from recorded import (
    BUSY,
    CONDITIONS,
    ONE_CPU,
    TWO_CPUS,
    expected_order,
    inputs,
    results,
)

from mpdocs.gil_text import (
    TIMES,
    check_increment,
    gil_sentences,
    page_values,
    speedups,
)
from mpdocs.spread import TOO_CLOSE, Spread

STEM = "gil_cpu_vs_io"


def _recorded(condition: str) -> tuple[dict[str, Any], float, int]:
    given = inputs(condition, STEM)
    return results(condition, STEM), given["busy"], given["usable"]


def _speedup(run: dict[str, Any], task: str, mode: str) -> Spread:
    rounds = run["jobs"][task]["rounds"]
    return Spread.of(
        [s / m for s, m in zip(rounds["serial"], rounds[mode], strict=True)]
    )


def sentences(condition: str) -> dict[str, str]:
    run, busy, usable = _recorded(condition)
    return gil_sentences(speedups(run), busy, usable)


@pytest.mark.parametrize("condition", CONDITIONS)
def test_recordings_match_their_condition(condition: str) -> None:
    run, busy, usable = _recorded(condition)
    assert run["workers"] == 2  # the page's prose describes two workers
    assert usable == (1 if condition == ONE_CPU else 2)
    if condition == BUSY:  # the recording must show the busy case it stands for
        assert busy < 0.85 * 2, busy


@pytest.mark.parametrize("condition", CONDITIONS)
def test_load_and_cpus_sentences(condition: str) -> None:
    _, busy, usable = _recorded(condition)
    text = sentences(condition)
    if usable == 1:
        assert text["load"].startswith(
            "**This page was built on a machine with one usable CPU**"
        )
        assert "cannot show a parallel speed-up" in text["load"]
        assert "take turns" in text["cpus"]
        return
    quiet = busy >= 0.85 * 2
    assert f"{busy:.2f} CPUs" in text["load"]
    assert ("nothing else held them back" in text["load"]) == quiet
    assert text["load"].startswith("**The build machine was busy this time:**") == (
        not quiet
    )
    assert "More processes than CPUs" in text["cpus"]
    assert "one CPU" not in " ".join(text.values())


@pytest.mark.parametrize("condition", CONDITIONS)
def test_cpu_sentence_follows_the_spreads(condition: str) -> None:
    run, busy, usable = _recorded(condition)
    text = sentences(condition)["cpu"]
    threads = _speedup(run, "count_primes", "threads")
    processes = _speedup(run, "count_primes", "processes")
    assert f"two threads ran the pure-Python job at {threads.median:.2f} times" in text
    assert f"Two processes ran it {processes.median:.2f} times as fast" in text
    assert ("with no real gain" in text) == (threads.low <= 1.0)
    if usable == 1:
        assert "cannot show what processes gain with two free CPUs" in text
        assert "Part of the gap" not in text
        return
    order = expected_order(processes, threads)
    assert (f"against the threads was {TOO_CLOSE}" in text) == (order == "overlap")
    gain = f"{processes.median / threads.median:.2f} times the speed of the threads"
    assert (gain in text) == (order == "faster")
    assert ("slower than the threads on this run" in text) == (order == "slower")
    beyond_ideal = processes.low > 2
    assert ("faster than two workers can be" in text) == beyond_ideal
    assert (f"Part of the gap to 2{TIMES}" in text) == (
        not beyond_ideal and busy >= 0.85 * 2
    )


@pytest.mark.parametrize("condition", CONDITIONS)
def test_hash_and_post_sentences(condition: str) -> None:
    run, _, usable = _recorded(condition)
    text = sentences(condition)
    threads = _speedup(run, "hash_zeros", "threads")
    overlapped = threads.low >= 1.3
    assert f"**hash**: threads ran {threads.median:.2f} times as fast" in text["hash"]
    if usable == 1:
        assert "on this machine's one CPU they took turns" in text["hash"]
        assert "they too took turns" in text["hash"]
        assert "both cores worked" not in text["hash"]
        assert "this build had only one CPU" in text["post"]
        return
    assert ("both cores worked" in text["hash"]) == overlapped
    assert ("had the machine given them two CPUs" in text["hash"]) == (not overlapped)
    assert (
        text["post"].endswith(
            f"**C code that releases the GIL** ({threads.median:.2f}{TIMES})."
        )
        == overlapped
    )
    assert ("machine was busy" in text["post"]) == (not overlapped)


@pytest.mark.parametrize("condition", CONDITIONS)
def test_io_sentence(condition: str) -> None:
    run, _, _ = _recorded(condition)
    text = sentences(condition)["io"]
    threads = _speedup(run, "wait_for_io", "threads")
    processes = _speedup(run, "wait_for_io", "processes")
    overlapped = [m for m, s in (("threads", threads), ("processes", processes))
                  if s.low >= 1.3]  # fmt: skip
    assert ("both overlapped the waits" in text) == (len(overlapped) == 2)
    if len(overlapped) == 1:
        assert f"only the {overlapped[0]} clearly overlapped" in text
    assert ("less than usual on this run" in text) == (not overlapped)
    behind = expected_order(threads, processes) == "slower"
    assert ("Threads fell a little behind" in text) == behind
    assert ("Threads kept up with processes" in text) == (not behind)


def test_faster_than_ideal_is_not_believed() -> None:
    # Synthetic, from the quiet recording with one change: the serial rounds
    # of count_primes set to 2.32 times the processes' rounds, the speed-up of
    # issue 12's failing build, where other programs slowed only the serial
    # rounds. No recording here showed a pool beating its ideal.
    run, _, usable = _recorded("quiet-2cpu")
    rounds = run["jobs"]["count_primes"]["rounds"]
    rounds["serial"] = [2.32 * p for p in rounds["processes"]]
    assert _speedup(run, "count_primes", "processes").low > 2  # the case's premise
    text = gil_sentences(speedups(run), 1.95, usable)
    assert "faster than two workers can be" in text["cpu"]
    assert "overstates the gain" in text["cpu"]
    assert "Part of the gap" not in text["cpu"]


@pytest.mark.parametrize("condition", CONDITIONS)
def test_page_values_glue_everything_the_page_names(condition: str) -> None:
    run, busy, usable = _recorded(condition)
    values = page_values(run, busy, usable)
    for key in ("cpu_threads_x", "hash_processes_x", "io_threads_x"):
        assert isinstance(values[key], float), key
    assert values["cpu_processes_x"] == pytest.approx(
        _speedup(run, "count_primes", "processes").median
    )
    plural = "1 usable CPU" if usable == 1 else f"{usable} usable CPUs"
    assert values["usable_cpus_text"] == plural
    assert values["notice_text"].count("\n- ") == 2
    table = values["speed_table"].splitlines()
    assert table[0] == "| job | serial | 2 threads | 2 processes |"
    tasks = run["jobs"]["count_primes"]["tasks"]
    assert table[2].startswith(f"| cpu (pure Python), {tasks} tasks | ")


@pytest.mark.parametrize("condition", TWO_CPUS)
def test_two_cpus_say_nothing_of_one_cpu(condition: str) -> None:
    assert "one CPU" not in " ".join(sentences(condition).values())


# Typed-in edge cases: branches the recordings may not reach.


def _run(cpu: dict, hashing: dict, io: dict) -> dict[str, Any]:
    jobs = {"count_primes": cpu, "hash_zeros": hashing, "wait_for_io": io}
    return {
        "workers": 2,
        "jobs": {
            task: {"tasks": 10, "size": 1, "rounds": r} for task, r in jobs.items()
        },
    }


def test_edge_one_cpu_never_credits_threads_with_a_hash_speed_up() -> None:
    one = results(ONE_CPU, STEM)["jobs"]
    lucky = _run(
        one["count_primes"]["rounds"],
        {"serial": [0.6, 0.6, 0.6], "threads": [0.4, 0.4, 0.4], "processes": [0.5] * 3},
        one["wait_for_io"]["rounds"],
    )
    text = gil_sentences(speedups(lucky), 0.98, 1)
    assert "both cores worked" not in text["hash"]
    assert "this build had only one CPU" in text["post"]


def test_edge_quiet_two_cpus_show_the_parallel_gain() -> None:
    quiet = _run(
        {"serial": [0.50, 0.51, 0.50], "threads": [0.51, 0.50, 0.52],
         "processes": [0.29, 0.28, 0.30]},
        {"serial": [0.44, 0.45, 0.44], "threads": [0.24, 0.23, 0.24],
         "processes": [0.31, 0.32, 0.31]},
        {"serial": [0.50, 0.50, 0.50], "threads": [0.25, 0.25, 0.25],
         "processes": [0.29, 0.28, 0.29]},
    )  # fmt: skip
    text = gil_sentences(speedups(quiet), 1.95, 2)
    assert "nothing else held them back" in text["load"]
    assert "1.76 times the speed of the threads" in text["cpu"]
    assert f"Part of the gap to 2{TIMES}" in text["cpu"]
    assert "both cores worked" in text["hash"]
    assert "both overlapped the waits" in text["io"]


def test_edge_a_busy_check_below_the_threshold_says_busy() -> None:
    # Two busy workers got 1.6 CPUs: under 85 % of the two the example uses.
    busy = results(BUSY, STEM)
    text = gil_sentences(speedups(busy), 1.6, 2)
    assert text["load"].startswith("**The build machine was busy this time:**")
    assert "Part of the gap" not in text["cpu"]
    quiet = gil_sentences(speedups(busy), 1.7, 2)
    assert "nothing else held them back" in quiet["load"]


def test_check_increment() -> None:
    check_increment(
        ["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"]
    )
    with pytest.raises(RuntimeError, match="separate add"):
        check_increment(["LOAD_GLOBAL", "STORE_GLOBAL", "BINARY_OP"])
