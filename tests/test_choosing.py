"""The choosing page's sentences, from recorded runs of choose_model_cpu.py."""

from __future__ import annotations

from typing import Any

from mpdocs.choosing import cpu_sentence, hash_sentence, load_sentence

# ``choose_model_cpu.py --json`` under ``taskset -c 0-1`` and ``taskset -c 0``,
# with the busy-CPU probe's readings on the same machine.
TWO_CPUS = {
    "workers": 2,
    "busy": 1.96,
    "count_primes": {"serial": 1.0, "threads": 1.007, "processes": 1.772},
    "hash_zeros": {"serial": 1.0, "threads": 1.987, "processes": 1.733},
}
ONE_CPU = {
    "workers": 1,
    "busy": 0.99,
    "count_primes": {"serial": 1.0, "threads": 0.998, "processes": 0.935},
    "hash_zeros": {"serial": 1.0, "threads": 0.543, "processes": 0.762},
}


def sentences(run: dict[str, Any], busy: float | None = None) -> str:
    usable, busy = run["workers"], run["busy"] if busy is None else busy
    return " ".join(
        [
            load_sentence(usable, busy),
            cpu_sentence(run["count_primes"], usable, busy),
            hash_sentence(run["hash_zeros"], usable),
        ]
    )


def test_two_quiet_cpus_explain_the_speed_up() -> None:
    text = sentences(TWO_CPUS)
    assert "A pool of 2 busy workers kept 1.96 CPUs busy" in text
    assert "threads ran the pure-Python job at 1.01 times" in text
    assert "no faster than the serial loop" in text
    assert (
        "Processes reached 1.77\N{MULTIPLICATION SIGN}, 1.76 times the speed of threads."
        in text
    )
    assert "The gap to the ideal 2\N{MULTIPLICATION SIGN}" in text
    assert "threads compute in parallel without starting processes" in text
    assert "here the two were too close to call." in text
    assert "one usable CPU" not in text


def test_two_busy_cpus_keep_their_wording() -> None:
    text = sentences(TWO_CPUS, busy=1.2)
    assert text.startswith("**The build machine was busy this time:**")
    assert "kept only 1.20 CPUs busy" in text
    assert "ideal" not in text
    assert "one usable CPU" not in text


def test_one_cpu_says_what_could_not_be_shown() -> None:
    text = sentences(ONE_CPU)
    assert text.startswith("**This build had one usable CPU**")
    assert "One busy worker kept 0.99 CPUs busy" in text
    assert "other programs left that CPU to the job" in text
    assert (
        "Processes reached 0.94\N{MULTIPLICATION SIGN}, too close to the threads to call"
        in text
    )
    assert "no parallel speed-up was possible" in text
    assert "processes could only take turns" in text
    # Nothing that only several CPUs make true.
    for claim in ("ideal", "pool of 1", "1 busy workers", "faster of the two"):
        assert claim not in text, claim


def test_one_busy_cpu() -> None:
    text = sentences(ONE_CPU, busy=0.5)
    assert "other programs also took part of that CPU" in text
