"""What the queues page says about ``ipc_throughput.py``'s rates.

The example times each channel (Queue, SimpleQueue, Pipe) in interleaved
rounds, for a small message (an int) and a large one (100 kB), and writes
every round's rate to its ``--json`` file as ``rounds[size][channel]``. These
functions turn those rounds into the page's two claims, each worded from the
median and the spread of the rounds (:mod:`mpdocs.spread`), so that a busy or
one-CPU builder gets a true sentence instead of a failed build.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mpdocs.spread import TOO_CLOSE, Spread, compare

__all__ = ["channel_sentence", "size_sentence"]

Rounds = Mapping[str, Mapping[str, Sequence[float]]]
SMALL, LARGE = "int", "100 kB"
LARGE_BYTES = 100_000


def _ratios(rounds: Rounds) -> dict[str, Spread]:
    """Per channel: how many more small messages per second than large."""
    small, large = rounds[SMALL], rounds[LARGE]
    return {c: Spread.ratio(small[c], large[c]) for c in small}


def _range(spread: Spread) -> str:
    return (
        f"{spread.median:.1f} times, {spread.low:.1f} to {spread.high:.1f} "
        f"over {spread.rounds} rounds"
    )


def size_sentence(rounds: Rounds, int_bytes: int) -> str:
    """Markdown: small messages win on messages per second, large on bytes."""
    ratios = _ratios(rounds)
    small, large = rounds[SMALL], rounds[LARGE]
    data = {
        c: Spread.ratio(
            [r * LARGE_BYTES for r in large[c]], [r * int_bytes for r in small[c]]
        )
        for c in small
    }
    slowest = min(ratios.values(), key=lambda s: s.median)
    leanest = min(data.values(), key=lambda s: s.median)
    if slowest.against(1) != "met" or leanest.against(1) != "met":
        return (
            "**Size.** Across the rounds of this run, the gap between int and "
            f"100 kB messages was {TOO_CLOSE} for at least one channel "
            f"(messages per second, worst channel: {slowest}; payload bytes "
            f"per second: {leanest})."
        )
    return (
        "**Size matters most.** Every channel moved more int messages per "
        f"second than 100 kB messages: at least {int(slowest.median)} times as "
        f"many (the channel with the smallest gap: {_range(slowest)}). In payload "
        "bytes per "
        "second, though, the large messages won by a factor of at least "
        f"{int(leanest.median)}: a message has a fixed cost (a lock, a system "
        "call or two, a pickle header) that a big payload spreads thin. Batch "
        "many small items into one message when the rate matters."
    )


def _gap(by_channel: Mapping[str, Sequence[float]]) -> tuple[str, str, float, int]:
    """Fastest and slowest channel by median rate, their ratio, and whether
    their spreads separate them (1) or not (0)."""
    spreads = {c: Spread.of(rates) for c, rates in by_channel.items()}
    fastest = max(spreads, key=lambda c: spreads[c].median)
    slowest = min(spreads, key=lambda c: spreads[c].median)
    ratio = spreads[fastest].median / spreads[slowest].median
    return fastest, slowest, ratio, compare(spreads[fastest], spreads[slowest])


def channel_sentence(rounds: Rounds) -> str:
    """Markdown: how much the choice of channel changed the rate."""
    size_gap = min(s.median for s in _ratios(rounds).values())
    parts = []
    for label in (SMALL, LARGE):
        fastest, slowest, ratio, clear = _gap(rounds[label])
        if clear:
            parts.append(
                f"for {label} messages, {fastest} ran {ratio:.2f} times the "
                f"rate of {slowest} (medians)"
            )
        else:
            parts.append(
                f"for {label} messages, which channel was fastest was {TOO_CLOSE} "
                f"(medians {ratio:.2f} times apart, spreads overlapping)"
            )
    widest = max(_gap(rounds[label])[2] for label in (SMALL, LARGE))
    if widest < size_gap:
        verdict = "The channel mattered less than the size of the message:"
    else:
        verdict = (
            "In this run the channel changed the rate about as much as the "
            "size of the message did:"
        )
    return (
        f"{verdict} {'; '.join(parts)}. A pipe has neither feeder thread nor "
        "locks, but whether that shows depends on the machine and how busy it "
        "is, so the order of the three can change from one build to the next."
    )
