"""The start-methods page's cost sentence, fed recorded start_method_costs.py runs."""

from __future__ import annotations

from mpdocs.spread import TOO_CLOSE
from mpdocs.start_text import ratios, start_cost_sentence

# Seconds per child, 5 interleaved batches of 10 children, CPython 3.13 on the
# 2-core build machine while other sessions kept it busy, 2026-11-30.
BUSY_TWO_CPUS = {
    "fork": [0.00247, 0.00154, 0.00243, 0.00155, 0.00153],
    "spawn": [0.05342, 0.05857, 0.06765, 0.06452, 0.07176],
    "forkserver": [0.01669, 0.01879, 0.02645, 0.0177, 0.02438],
}
# The same under ``taskset -c 0`` (one usable CPU).
ONE_CPU = {
    "fork": [0.0036, 0.00176, 0.00295, 0.00295, 0.00357],
    "spawn": [0.08587, 0.07191, 0.0741, 0.07333, 0.10872],
    "forkserver": [0.02619, 0.01908, 0.02536, 0.03967, 0.03555],
}


def test_busy_run_orders_and_quotes_the_spread() -> None:
    text = start_cost_sentence(BUSY_TWO_CPUS)
    assert text.startswith("*fork* was the cheapest; *forkserver* took ")
    assert "*spawn* took" in text
    assert "in the middle rounds" in text
    assert TOO_CLOSE not in text


def test_forkserver_is_several_times_fork_on_recorded_runs() -> None:
    for batches in (BUSY_TWO_CPUS, ONE_CPU):
        fastest, spreads = ratios(batches)
        assert fastest == "fork"
        assert spreads["forkserver"].low > 3


def test_overlapping_methods_are_too_close_to_call() -> None:
    close = {"fork": [0.002, 0.003, 0.002], "forkserver": [0.0025, 0.0021, 0.0035]}
    text = start_cost_sentence(close)
    assert f"against *fork* was {TOO_CLOSE}" in text


def test_one_method() -> None:
    assert (
        start_cost_sentence({"spawn": [0.05]})
        == "*spawn* is the only start method here."
    )
