"""The sentences the "Big arrays" page words from its three timed examples.

Each example writes per-round seconds under ``"rounds"`` in its ``--json``
output, timed in interleaved rounds; the first round of the pool examples
warms the workers up and is dropped here. Every comparison goes through
:class:`mpdocs.spread.Spread`, so a sentence only calls a winner when the
middle rounds agree, and says "too close to call" otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mpdocs.spread import TOO_CLOSE, Spread

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "oversubscription_text",
    "pickle_cost_text",
    "rounds_alt",
    "rounds_figure",
    "shared_vs_pickled_text",
]


def _times(value: float) -> str:
    """A ratio for prose: whole numbers from 10 up, two decimals below."""
    return f"{value:.0f}" if value >= 10 else f"{value:.2f}"


def _spread(s: Spread) -> str:
    return f"{_times(s.low)} to {_times(s.high)} over {s.rounds} rounds"


def shared_vs_pickled_text(rounds: Mapping[str, Sequence[float]]) -> str:
    """Sentence for examples/shared_array_vs_pickle.py's ``rounds``."""
    s = Spread.ratio(rounds["pickled"][1:], rounds["shared"][1:])
    verdict = s.against(1.0)
    if verdict == "met":
        return (
            f"Sending the array with every task made a round take "
            f"**{_times(s.median)} times** as long as reading it from shared "
            f"memory (the middle rounds ranged from {_spread(s)})."
        )
    if verdict == "missed":
        return (
            f"On this run pickling was the faster way: a shared round took "
            f"{_times(1 / s.median)} times as long as a pickled one "
            f"({_spread(s)} for pickled over shared)."
        )
    return (
        f"The two ways were {TOO_CLOSE}: pickled over shared came to "
        f"{_times(s.median)} ({_spread(s)})."
    )


def pickle_cost_text(rounds: Mapping[str, Sequence[float]]) -> str:
    """Sentence for examples/pandas_pickle_cost.py's ``rounds`` (no warm-up)."""
    s = Spread.ratio(rounds["pickle+unpickle"], rounds["summarize"])
    verdict = s.against(1.0)
    lead = (
        f"Pickling the chunk and back took {_times(s.median)} times as long as "
        f"summarizing it ({_spread(s)})"
    )
    if verdict == "met":
        return (
            lead + ": **a pool would spend more on moving each chunk than a "
            "worker spends on it**; for work this light, a pool mostly moves data."
        )
    if verdict == "missed":
        return (
            lead + ": the work outweighed the pickling, but the pickling is "
            "not free: a pool pays it on every chunk, on top of the work."
        )
    return (
        lead + f", {TOO_CLOSE}: **moving a chunk cost about as much as the "
        "work on it**, a cost a pool pays on every chunk, on top of the work."
    )


def default_threads(threads: Mapping[str, Any]) -> int:
    """The most BLAS threads any library reported in a default-pool worker."""
    return max((int(entry[2]) for entry in threads["default"]), default=1)


def oversubscription_text(results: Mapping[str, Any]) -> str:
    """Sentences for examples/blas_oversubscription.py's ``--json`` results."""
    cpus = int(results["cpus"])
    threads = default_threads(results["threads"])
    rounds = results["rounds"]
    s = Spread.ratio(rounds["default"][1:], rounds["1 thread"][1:])
    if threads <= 1:
        return (
            f"**This build could not show oversubscription:** with {cpus} usable "
            f"CPU{'s' if cpus != 1 else ''}, the BLAS library's own default was "
            "already 1 thread per worker, so both pools ran the same way (default "
            f"over limited: {_times(s.median)}, {_spread(s)}). BLAS libraries "
            "such as OpenBLAS size their default from the CPUs a process may use, "
            "so with more CPUs each worker would start more threads."
        )
    total = cpus * threads
    lead = (
        f"{cpus} workers times {threads} BLAS threads made {total} threads "
        f"for {cpus} CPUs."
    )
    verdict = s.against(1.0)
    if verdict == "met":
        return (
            f"{lead} **The pool at the default took {_times(s.median)} times as "
            f"long per round** as the pool limited to 1 thread ({_spread(s)})."
        )
    if verdict == "missed":
        return (
            f"{lead} Even so, the pool at the default was the faster one on this "
            f"run: the limited pool took {_times(1 / s.median)} times as long "
            f"({_spread(s)} for default over limited)."
        )
    return (
        f"{lead} The two pools were {TOO_CLOSE}: default over limited came to "
        f"{_times(s.median)} ({_spread(s)})."
    )


def rounds_alt(rounds: Mapping[str, Sequence[float]], what: str) -> str:
    """Alt text for :func:`rounds_figure`: each kind's range, in milliseconds."""
    ranges = "; ".join(
        f"{name}: {1e3 * min(times[1:]):.1f} to {1e3 * max(times[1:]):.1f} ms"
        for name, times in rounds.items()
    )
    count = min(len(times) for times in rounds.values()) - 1
    return (
        f"Milliseconds per round of {what}, {count} rounds of each kind "
        f"(warm-up left out), on a logarithmic scale: {ranges}."
    )


def rounds_figure(rounds: Mapping[str, Sequence[float]], title: str) -> Figure:
    """Each round's milliseconds as a dot, one row per kind, median marked.

    The first (warm-up) round of each kind is left out, as in the sentences.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415 - only the page draws
    from matplotlib.ticker import NullFormatter, ScalarFormatter  # noqa: PLC0415

    fig, ax = plt.subplots(figsize=(6.4, 0.9 + 0.6 * len(rounds)), layout="constrained")
    for row, times in enumerate(rounds.values()):
        ms = [1e3 * t for t in times[1:]]
        ax.plot(ms, [row] * len(ms), "o", alpha=0.6, label=None)
        ax.plot([Spread.of(ms).median], [row], "|", color="black", markersize=18)
    ax.set_yticks(range(len(rounds)), list(rounds))
    ax.set_ylim(-0.6, len(rounds) - 0.4)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(ScalarFormatter())
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.invert_yaxis()  # the first kind on top
    ax.set_xlabel("milliseconds per round (log scale); bar: median")
    ax.set_title(title, fontsize=9)
    return fig
