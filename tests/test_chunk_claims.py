"""The chunking page's sentences, fed recorded runs of its examples.

The runs in tests/recorded/chunking/ were recorded on 2026-11-30 on the
project's 2-CPU Linux machine with Python 3.13 (the forkserver ones with 3.10
and 3.13), with ``--json``:

* ``busy``, ``busy_b``, ``busy_c``: both CPUs, while other builds kept the
  machine busy (load average 5, 14 and 6); ``busy`` and ``busy_b`` with the
  uneven example's earlier defaults (3 rounds, slow limit 70,000).
* ``cpu1``: under ``taskset -c 0``, one usable CPU, machine busy too.
* ``quiet``, ``py310_quiet``, ``py313_quiet``: both CPUs, load average 1.4,
  the quietest moment of the day's session.
* ``py310``, ``py313``: ``forkserver_round_trips.py`` and ``exitcode_cost.py``
  on both CPUs of the busy machine (recorded at different moments).

A pool measuring faster than ideal is made from the ``busy`` uneven run by
slowing its serial rounds, as another program slowing only the loop would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mpdocs.chunk_claims import (
    BEYOND_NOISE,
    by_hand_claims,
    forkserver_claims,
    sweep_claims,
    uneven_claims,
)
from mpdocs.spread import TOO_CLOSE

RECORDED = Path(__file__).resolve().parent / "recorded" / "chunking"


def recorded(name: str) -> Any:
    return json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))


# --- The sweep ------------------------------------------------------------------


@pytest.mark.parametrize(("run", "usable"), [("busy", 2), ("busy_b", 2), ("cpu1", 1)])
def test_sweep_names_chunksize_1_the_slowest_and_says_by_how_much(
    run: str, usable: int
) -> None:
    claims = sweep_claims(recorded(f"{run}.sweep"), usable)
    assert claims["ratio"].startswith("With `chunksize=1`, the slowest setting,")
    assert "in the middle rounds" in claims["ratio"]
    assert claims["levels"].startswith("The time falls steeply")
    assert "The plain loop beat every chunk size" in claims["serial"]
    assert claims["items"] == 10_000
    assert claims["one_per_worker"] == 5_000


def test_sweep_busy_run_calls_the_default_clearly_slower() -> None:
    claims = sweep_claims(recorded("busy.sweep"), 2)
    assert claims["best"] == 500
    assert "1.68 times (1.09 to 1.92 in the middle rounds)" in claims["default"]
    assert "clearly longer in this run" in claims["default"]


def test_sweep_overlapping_rounds_are_too_close_to_call() -> None:
    claims = sweep_claims(recorded("busy_b.sweep"), 2)
    assert "1.00 times (0.49 to 2.0 in the middle rounds)" in claims["default"]
    assert TOO_CLOSE in claims["default"]
    assert "clearly" not in claims["default"]


def test_sweep_one_cpu_counts_the_cost_on_one_cpu() -> None:
    claims = sweep_claims(recorded("cpu1.sweep"), 1)
    assert "the 1 CPU its workers could share" in claims["cost"]
    assert "was the fastest size in this run" in claims["default"]


def test_sweep_cost_is_the_median_chunksize_1_time_per_task() -> None:
    data = recorded("busy.sweep")
    claims = sweep_claims(data, 2)
    rounds = sorted(data["rounds"]["1"])
    assert claims["round_trip_us"] == pytest.approx(rounds[2] * 2 / 10_000 * 1e6)


def test_sweep_pool_faster_than_two_workers_can_be_is_blamed_on_the_loop() -> None:
    data = recorded("busy.sweep")
    best = data["rounds"]["500"]
    data["rounds"]["serial"] = [3 * seconds for seconds in best]
    claims = sweep_claims(data, 2)
    assert "more than 2 workers can give" in claims["serial"]
    assert "overstates the pool's gain" in claims["serial"]


# --- By hand --------------------------------------------------------------------


def test_by_hand_too_close_when_the_rounds_overlap() -> None:
    text = by_hand_claims(recorded("busy.by_hand"), 2)["text"]
    assert f"{TOO_CLOSE}, because a chunk *is* a batch" in text
    assert "And the plain loop beat both" in text


def test_by_hand_clearly_faster_when_every_middle_round_says_so() -> None:
    text = by_hand_claims(recorded("busy_b.by_hand"), 2)["text"]
    assert text.startswith("Batching by hand took only 0.69 times (0.37 to 0.73")


def test_by_hand_one_cpu() -> None:
    text = by_hand_claims(recorded("cpu1.by_hand"), 1)["text"]
    assert "And the plain loop beat both" in text


# --- Uneven tasks ---------------------------------------------------------------


def test_uneven_layout_facts_the_page_states() -> None:
    claims = uneven_claims(recorded("busy.uneven"), 2)
    assert claims["tasks"] == 400
    assert claims["slow"] == 8
    assert claims["one_each"] == 200
    assert claims["default"] == 50
    assert claims["default_spread"] == "2"


def test_uneven_layout_change_is_refused() -> None:
    data = recorded("busy.uneven")
    data["limits"] = sorted(data["limits"], reverse=True)  # slow tasks together
    with pytest.raises(ValueError, match="one in 25"):
        uneven_claims(data, 2)


@pytest.mark.parametrize("run", ["busy", "busy_b"])
def test_uneven_busy_machine_is_said_and_nothing_is_called(run: str) -> None:
    text = uneven_claims(recorded(f"{run}.uneven"), 2)["text"]
    assert "**the build machine was busy**" in text
    assert TOO_CLOSE in text
    assert "one worker counted every slow limit" not in text


def test_uneven_one_cpu_says_what_cannot_be_shown() -> None:
    text = uneven_claims(recorded("cpu1.uneven"), 1)["text"]
    assert "**this build had one usable CPU**" in text
    assert "cannot be shown on this machine" in text
    assert "busy" not in text
    assert "one worker counted every slow limit" not in text


def test_uneven_one_cpu_blames_other_programs_only_beyond_noise() -> None:
    # Recorded by tools/record_runs.py --condition one-cpu: the fastest pool
    # measured a hair faster than the loop on one CPU, which is noise.
    run = json.loads(
        (RECORDED.parent / "one-cpu" / "chunksize_uneven.json").read_text()
    )["results"]
    best = min(v for k, v in run["seconds"].items() if k != "serial")
    noise = run["seconds"]["serial"] / best < BEYOND_NOISE
    text = uneven_claims(run, 1)["text"]
    assert ("other programs must have" not in text) is noise
    slowed = dict(run, rounds=dict(run["rounds"]))
    slowed["rounds"]["serial"] = [2 * s for s in run["rounds"]["serial"]]
    assert "other programs must have" in uneven_claims(slowed, 1)["text"]


def test_uneven_pool_faster_than_ideal_blames_the_loop() -> None:
    data = recorded("busy.uneven")
    fastest = data["rounds"]["1"]
    data["rounds"]["serial"] = [3 * seconds for seconds in fastest]
    text = uneven_claims(data, 2)["text"]
    assert "more than 2 workers can give" in text
    assert "busy" not in text


# --- Forkserver -----------------------------------------------------------------


def test_forkserver_310_run() -> None:
    claims = forkserver_claims(
        recorded("py310.round_trips"), recorded("py310.exit_checks"), 2
    )
    assert claims["items"] == 2_000
    assert "as long as under *fork* (clearly longer)" in claims["maps"]
    assert f"as long as under *spawn* ({TOO_CLOSE})" in claims["maps"]
    assert (
        "15.1 microseconds under *forkserver* and 2.6 under *fork*"
        in (claims["checks"])
    )
    assert "62% of a map's time under *fork*: a large part of it" in claims["checks"]


def test_forkserver_313_run_is_too_close_to_call() -> None:
    claims = forkserver_claims(
        recorded("py313.round_trips"), recorded("py313.exit_checks"), 2
    )
    assert claims["maps"].count(TOO_CLOSE) == 2
    assert (
        "26% of a map's time under *fork*: measurable, but too little"
        in claims["checks"]
    )


def test_forkserver_missing_says_so() -> None:
    trips = recorded("py313.round_trips")
    del trips["rounds"]["forkserver"]
    claims = forkserver_claims(trips, recorded("py313.exit_checks"), 2)
    assert "cannot run *forkserver*" in claims["maps"]


def test_sweep_with_chunksize_1_fastest_says_the_run_shows_nothing() -> None:
    data = recorded("busy.sweep")
    rounds = data["rounds"]
    rounds["1"], rounds["500"] = rounds["500"], rounds["1"]
    claims = sweep_claims(data, 2)
    assert "was the fastest setting" in claims["ratio"]
    assert "not every size was clearly faster" in claims["levels"]


def test_uneven_busy_but_clear_loss_is_still_called() -> None:
    # busy_c: recorded at load average 6, after the defaults became 5 rounds
    # with slow limits of 40,000: the pool got only part of two CPUs, yet the
    # middle rounds of one chunk per worker all lay above chunksize=1's.
    text = uneven_claims(recorded("busy_c.uneven"), 2)["text"]
    assert "**the build machine was busy**" in text
    assert "1.50 times (1.30 to 1.53 in the middle rounds)" in text
    assert "one worker counted every slow limit" in text


def test_uneven_two_free_cpus_say_the_workers_ran_at_once() -> None:
    # Constructed from busy_c: its loop's rounds scaled so that the fastest
    # pool ran 1.8 times as fast as the loop in every round, as two free CPUs
    # allow; the chunk sizes' own rounds are the recorded ones.
    data = recorded("busy_c.uneven")
    fastest = data["rounds"]["1"]
    data["rounds"]["serial"] = [1.8 * seconds for seconds in fastest]
    text = uneven_claims(data, 2)["text"]
    assert "1.80 times (1.80 to 1.80 in the middle rounds)" in text
    assert "the two workers really ran at the same time" in text
    assert "busy" not in text
    assert "one worker counted every slow limit" in text


def test_quiet_two_cpus_every_claim() -> None:
    # quiet: recorded at load average 1.4, when nothing else ran for a while.
    sweep = sweep_claims(recorded("quiet.sweep"), 2)
    assert sweep["ratio"].startswith("With `chunksize=1`, the slowest setting,")
    assert "clearly longer in this run" in sweep["default"]
    assert "The plain loop beat every chunk size" in sweep["serial"]
    hand = by_hand_claims(recorded("quiet.by_hand"), 2)["text"]
    assert hand.startswith("Batching by hand took only 0.73 times (0.66 to 0.82")
    uneven = uneven_claims(recorded("quiet.uneven"), 2)["text"]
    assert "1.92 times (1.88 to 1.93 in the middle rounds)" in uneven
    assert "the two workers really ran at the same time" in uneven
    assert "one worker counted every slow limit" in uneven
    assert "busy" not in uneven


def test_forkserver_quiet_313_run_calls_forkserver_slower_than_spawn() -> None:
    claims = forkserver_claims(
        recorded("py313_quiet.round_trips"), recorded("py313_quiet.exit_checks"), 2
    )
    assert (
        "1.81 times (1.47 to 1.83 in the middle rounds) as long as under *spawn*"
        in (claims["maps"])
    )
    assert "(clearly longer)" in claims["maps"]
    assert "too little to make a map many times slower" in claims["checks"]
