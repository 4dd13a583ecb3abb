"""mpdocs.ipc_text: the queues page's throughput sentences, from recorded runs.

The rounds are messages per second from ``ipc_throughput.py --scale 0.25``
on the 2-CPU build machine on 2026-11-30 (CPython 3.13.0), rounded: "shared"
with the machine also running other builds (load average about 20), "busy"
with a busy loop pinned to CPU 1 as well, and "one_cpu" under
``taskset -c 0``.
"""

from __future__ import annotations

import pickle

from mpdocs.ipc_text import channel_sentence, size_sentence
from mpdocs.spread import TOO_CLOSE

INT_BYTES = len(pickle.dumps(12345))

SHARED = {
    "int": {
        "Queue": [37756, 57028, 92852, 41566, 37800],
        "SimpleQueue": [89050, 77203, 24311, 82917, 28637],
        "Pipe": [33461, 30415, 34580, 187270, 178188],
    },
    "100 kB": {
        "Queue": [2795, 2693, 7907, 4866, 3603],
        "SimpleQueue": [1476, 8203, 2086, 2682, 9828],
        "Pipe": [2429, 1486, 1599, 6600, 6697],
    },
}
ONE_CPU = {
    "int": {
        "Queue": [57936, 68749, 80542, 41181, 47646],
        "SimpleQueue": [99346, 147764, 134906, 27088, 24023],
        "Pipe": [198578, 188021, 32872, 144181, 34491],
    },
    "100 kB": {
        "Queue": [4524, 2413, 3283, 3326, 1358],
        "SimpleQueue": [1094, 3457, 2832, 1076, 2407],
        "Pipe": [5223, 5414, 5696, 5723, 2741],
    },
}
BUSY = {
    "int": {
        "Queue": [24790, 26359, 29290, 26349, 33411],
        "SimpleQueue": [18832, 36854, 39833, 20812, 124741],
        "Pipe": [24075, 148226, 131643, 121308, 142007],
    },
    "100 kB": {
        "Queue": [4450, 1985, 3290, 1781, 2208],
        "SimpleQueue": [3307, 1114, 1020, 6456, 4027],
        "Pipe": [4488, 833, 1023, 3336, 3129],
    },
}


def test_shared_run_size_wins_and_no_channel_order_is_claimed() -> None:
    size = size_sentence(SHARED, INT_BYTES)
    assert size.startswith("**Size matters most.**")
    assert "at least 11 times as many" in size
    assert "the large messages won by a factor of at least 308" in size
    channel = channel_sentence(SHARED)
    assert channel.startswith("The channel mattered less than the size")
    assert channel.count(TOO_CLOSE) == 2  # both sizes: spreads overlap


def test_one_cpu_run_names_only_the_order_its_rounds_separate() -> None:
    assert "at least 24 times as many" in size_sentence(ONE_CPU, INT_BYTES)
    channel = channel_sentence(ONE_CPU)
    assert f"for int messages, which channel was fastest was {TOO_CLOSE}" in channel
    assert "for 100 kB messages, Pipe ran 2.25 times the rate of SimpleQueue" in channel


def test_busy_run() -> None:
    assert "at least 13 times as many" in size_sentence(BUSY, INT_BYTES)
    channel = channel_sentence(BUSY)
    assert "for int messages, Pipe ran 4.99 times the rate of Queue" in channel
    assert f"for 100 kB messages, which channel was fastest was {TOO_CLOSE}" in channel


def test_overlapping_sizes_are_too_close_to_call() -> None:
    # A made-up run where one channel's rounds do not separate the sizes.
    close = {
        "int": {"Queue": [100.0, 50.0, 90.0], "Pipe": [900.0, 950.0, 1000.0]},
        "100 kB": {"Queue": [80.0, 95.0, 60.0], "Pipe": [10.0, 11.0, 12.0]},
    }
    size = size_sentence(close, INT_BYTES)
    assert size.startswith("**Size.**")
    assert TOO_CLOSE in size
    assert "Size matters most" not in size


def test_a_channel_gap_as_wide_as_the_size_gap_is_not_called_smaller() -> None:
    wide = {
        "int": {"Queue": [100.0, 101.0, 102.0], "Pipe": [1000.0, 1001.0, 1002.0]},
        "100 kB": {"Queue": [50.0, 51.0, 52.0], "Pipe": [60.0, 61.0, 62.0]},
    }
    channel = channel_sentence(wide)
    assert channel.startswith("In this run the channel changed the rate about as much")
    assert "for int messages, Pipe ran 9.91 times the rate of Queue" in channel
