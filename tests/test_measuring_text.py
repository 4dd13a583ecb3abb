"""The "Measuring speed-up" page's sentences, fed recorded runs of its examples.

``tests/recorded/*.json`` hold what the page's four examples wrote with
``--json`` on the 2-CPU build machine, and the busy-CPU probe's readings
before and after (see ``tests/recorded/README.md``): busy (other builds
running) and under ``taskset -c 0`` (one usable CPU). The quiet 2-CPU case
comes from ``tools/record_runs.py --condition quiet-2cpu``
(``tests/recorded/quiet-2cpu/``), recorded with nothing else running.
The faster-than-ideal case is that quiet run with its loop rounds slowed by a
quarter, which is what another program competing with the serial baseline
alone does (constructed: no recording caught it).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from mpdocs.measuring_text import (
    TIMES,
    amdahl_sentences,
    amdahl_spreads,
    big_sentence,
    clock_sentences,
    payload_sentences,
    tiny_sentence,
)
from mpdocs.spread import TOO_CLOSE, Spread

RECORDED = Path(__file__).resolve().parent / "recorded"
PAGE_EXAMPLES = (
    "amdahl_curve",
    "payload_cost",
    "tiny_tasks_lose",
    "big_arguments_lose",
)


def recorded(name: str) -> dict[str, Any]:
    if name == "quiet-2cpu.json":
        return quiet_two_cpus()
    return json.loads((RECORDED / name).read_text())


def quiet_two_cpus() -> dict[str, Any]:
    """The page's four examples and the probe, recorded on the quiet machine."""
    run: dict[str, Any] = {"usable": 2}
    for name in PAGE_EXAMPLES:
        record = json.loads((RECORDED / "quiet-2cpu" / f"{name}.json").read_text())
        run[f"{name}.py"] = record["results"]
        if name == "amdahl_curve":
            run["busy"] = [record["probe"]["before"], record["probe"]["after"]]
    return run


def faster_than_ideal() -> dict[str, Any]:
    """The quiet run, its loop rounds slowed by a quarter (a disturbed baseline)."""
    run = recorded("quiet-2cpu.json")
    amdahl = run["amdahl_curve.py"]
    loop = amdahl["rounds"]["loop"]
    amdahl["rounds"]["loop"] = [seconds * 1.25 for seconds in loop]
    return run


def sentences(run: dict[str, Any]) -> dict[str, str]:
    return amdahl_sentences(run["amdahl_curve.py"], min(run["busy"]), run["usable"])


def test_the_statistic_is_the_per_round_ratio() -> None:
    amdahl = recorded("quiet-2cpu.json")["amdahl_curve.py"]
    spreads = amdahl_spreads(amdahl)
    assert list(spreads) == amdahl["fractions"]
    rounds = amdahl["rounds"]
    assert spreads[0.5] == Spread.ratio(rounds["loop"], rounds["0.5"])


def test_quiet_two_cpus() -> None:
    run = recorded("quiet-2cpu.json")
    text = sentences(run)
    s0 = amdahl_spreads(run["amdahl_curve.py"])[0.0]
    verdict = s0.against(1.8)
    assert text["target"].startswith(
        "A check before and after the run found that 2 busy workers got "
        f"{min(run['busy']):.2f} CPUs"
    )
    assert "was busy" not in text["target"]
    assert "one usable CPU" not in text["target"]
    assert f"ran {s0.median:.2f} times as fast" in text["target"]
    assert f"({s0.low:.2f} to {s0.high:.2f} in the middle rounds)" in text["target"]
    expected = {"met": "**meets**", "missed": "**misses**", "too close": TOO_CLOSE}
    assert expected[verdict] in text["target"]
    assert f"0.9 {TIMES} 2 = 1.8" in text["target"]
    assert "above the curve" not in text["alt"]
    assert "for 2 workers" in text["alt"]


def test_busy_two_cpus_judges_nothing() -> None:
    run = recorded("busy-2cpu.json")
    text = sentences(run)
    assert text["target"].startswith("**The build machine was busy this time:**")
    assert f"got only {min(run['busy']):.2f} CPUs" in text["target"]
    assert "judges nothing" in text["target"]
    assert "misses" not in text["target"]


def test_one_cpu_says_what_cannot_be_shown() -> None:
    run = recorded("one-cpu.json")
    assert run["usable"] == 1
    text = sentences(run)
    assert text["target"].startswith("**This page was built with one usable CPU**")
    assert "no parallel speed-up could be measured" in text["target"]
    assert "meets" not in text["target"]
    assert "for 1 worker:" in text["alt"]
    tiny = tiny_sentence(run["tiny_tasks_lose.py"], run["usable"])
    assert "pool of 1 worker took" in tiny
    assert "With one usable CPU" in tiny


def test_faster_than_ideal_blames_the_baseline() -> None:
    run = faster_than_ideal()
    text = sentences(run)
    s0 = amdahl_spreads(run["amdahl_curve.py"])[0.0]
    assert s0.low > 2
    assert "faster than 2 CPUs can be" in text["target"]
    assert "judges nothing" in text["target"]
    assert "above the curve in every middle round" in text["alt"]
    assert "describe the machine's load" in text["alt"]


def test_the_same_case_on_a_busy_machine_says_busy_first() -> None:
    run = faster_than_ideal()
    text = amdahl_sentences(run["amdahl_curve.py"], 1.1, 2)
    assert text["target"].startswith("**The build machine was busy")


@pytest.mark.parametrize("name", ["busy-2cpu.json", "one-cpu.json"])
def test_losing_sentences_follow_the_rounds(name: str) -> None:
    run = recorded(name)
    tiny = run["tiny_tasks_lose.py"]
    rounds = tiny["rounds"]
    one = Spread.ratio(rounds["pool, chunksize=1"], rounds["loop"])
    text = tiny_sentence(tiny, run["usable"])
    # Recorded on every machine: one task per message lost clearly.
    assert one.against(1.0) == "met"
    assert f"took {one.median:.1f} times as long as the loop" in text
    big = run["big_arguments_lose.py"]
    lost = Spread.ratio(big["rounds"]["pool"], big["rounds"]["loop"])
    assert lost.against(1.0) == "met"
    assert "had to be copied to a worker first" in big_sentence(big)


def test_tiny_tasks_level_faster_and_slower() -> None:
    loop = [1.0, 1.0, 1.0]
    tiny = {"workers": 2, "tasks": 1000, "rounds": {"loop": loop}}
    tiny["rounds"]["pool, chunksize=1"] = [3.0, 3.1, 2.9]
    tiny["rounds"]["pool, default chunksize"] = [0.95, 1.05, 1.0]
    text = tiny_sentence(tiny, 2)
    assert (
        f"took 1.00 times as long as the loop, but its rounds ranged from 0.95 to 1.05 times: {TOO_CLOSE}."
        in text
    )
    tiny["rounds"]["pool, default chunksize"] = [0.6, 0.62, 0.64]
    assert "took only 0.62 times as long" in tiny_sentence(tiny, 2)
    tiny["rounds"]["pool, default chunksize"] = [1.5, 1.6, 1.7]
    assert "still took 1.6 times as long" in tiny_sentence(tiny, 2)


def test_big_arguments_that_did_not_lose_say_so() -> None:
    big = {"rounds": {"loop": [1.0, 1.0, 1.0], "pool": [0.9, 1.1, 1.0]}}
    assert "did not appear" in big_sentence(big)


def test_payload_regimes() -> None:
    sizes = [1024, 4096, 65536, 2**20]
    flat = {"sizes": sizes, "pickle_seconds": [1e-6, 1e-6, 3e-6, 4e-4]}
    flat["round_trip_seconds"] = [5e-5, 5.2e-5, 9e-5, 8e-3]
    assert "Two regimes show" in payload_sentences(flat)["regimes"]
    noisy = {
        "sizes": [1024, 4096, 65536, 2**20],
        "pickle_seconds": [1e-6, 1e-6, 3e-6, 4e-4],
        "round_trip_seconds": [2.6e-4, 5e-5, 2e-4, 8e-3],
    }
    text = payload_sentences(noisy)
    assert "ranged from 50 to 260 µs" in text["regimes"]
    assert "Copying through the pipe, not pickle, dominates." in text["regimes"]
    assert "always above" in text["alt"]


def test_clock_sentences() -> None:
    quiet = clock_sentences(
        serial_cpu=0.5,
        serial_wall=0.52,
        parent_cpu=0.01,
        children_cpu=3.1,
        cold_x=1.4,
        warm_x=1.9,
        workers=2,
    )
    assert "rose by only 0.010 s (2% of it)" in quiet["parent"]
    assert "counted 3.10 s of CPU time in the ended workers" in quiet["parent"]
    assert "stayed below 1.80" in quiet["startup"]
    assert "agreed within 4%" in quiet["baseline"]
    busy = clock_sentences(
        serial_cpu=0.2,
        serial_wall=0.46,
        parent_cpu=0.15,
        children_cpu=0.0,
        cold_x=1.9,
        warm_x=1.1,
        workers=2,
    )
    assert "much CPU" in busy["parent"]
    assert "does not report it" in busy["parent"]
    assert "stayed below" not in busy["startup"]
    assert "exceeded its CPU time by 130%" in busy["baseline"]
    one = clock_sentences(
        serial_cpu=0.5,
        serial_wall=0.5,
        parent_cpu=0.01,
        children_cpu=3.0,
        cold_x=0.8,
        warm_x=0.97,
        workers=1,
    )
    assert "neither number is a speed-up" in one["startup"]


def test_a_probe_short_of_the_target_excuses_a_miss() -> None:
    run = quiet_two_cpus()
    loop = run["amdahl_curve.py"]["rounds"]["loop"]
    run["amdahl_curve.py"]["rounds"]["0.0"] = [a / 1.6 for a in loop]
    text = amdahl_sentences(run["amdahl_curve.py"], 1.75, 2)
    assert text["target"].startswith("**The build machine was busy this time:**")
    assert "misses" not in text["target"]
    text = amdahl_sentences(run["amdahl_curve.py"], 1.95, 2)
    assert "**misses** the project's target" in text["target"]


def test_every_sentence_the_page_shows_is_one_the_module_writes() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "measuring.md").read_text()
    shown = set(re.findall(r"\{glue:md\}`(\w+)`", page))
    run = recorded("one-cpu.json")
    written = {
        f"clock_{key}"
        for key in clock_sentences(
            serial_cpu=1,
            serial_wall=1,
            parent_cpu=0.1,
            children_cpu=1,
            cold_x=1,
            warm_x=1,
            workers=2,
        )
    }
    written |= {f"amdahl_{key}" for key in sentences(run)}
    written |= {f"payload_{key}" for key in payload_sentences(run["payload_cost.py"])}
    written |= {"tiny_text", "big_text"}
    assert shown == written


def test_other_programs_during_the_run_make_it_busy() -> None:
    # Quiet by the probe before and after, but others took 0.6 CPUs meanwhile.
    run = quiet_two_cpus()
    text = amdahl_sentences(run["amdahl_curve.py"], 1.95, 2, others=0.6)
    assert text["target"].startswith(
        "**The build machine was busy this time:** other programs used 0.60 CPUs"
    )
    assert "judges nothing" in text["target"]
    quiet = amdahl_sentences(run["amdahl_curve.py"], 1.95, 2, others=0.05)
    assert "**meets**" in quiet["target"]
