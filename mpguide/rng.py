"""Workers for the "Inside a worker" page: random numbers in child processes.

This module needs NumPy (``pip install "mpguide[arrays]"`` or ``pip install
numpy``); only the random-number examples import it.
"""

from __future__ import annotations

import os
import random
from typing import Any

import numpy as np

__all__ = ["draw_once", "seed_in_parent", "shared_rng", "task_draws"]

#: A generator object of this module. A process started with *fork* gets a
#: copy of it, state included; *spawn* and *forkserver* children import the
#: module afresh and get a new, unseeded one.
shared_rng = random.Random()


def seed_in_parent(seed: int) -> None:
    """Seed :data:`shared_rng` and NumPy's global (legacy) generator.

    >>> seed_in_parent(1); first = (shared_rng.random(), np.random.random())
    >>> seed_in_parent(1); first == (shared_rng.random(), np.random.random())
    True
    """
    shared_rng.seed(seed)
    np.random.seed(seed)


def draw_once(queue: Any) -> None:
    """Put one draw from each of three generators on *queue*, as a dict.

    ``random.Random`` instance: :data:`shared_rng`. ``random`` module: the
    module's hidden global generator, which CPython reseeds in a child after
    ``os.fork()``. ``numpy.random``: NumPy's global legacy generator.
    """
    queue.put(
        {
            "random.Random instance": shared_rng.randrange(10**6),
            "random module": random.randrange(10**6),
            "numpy.random": int(np.random.randint(10**6)),
        }
    )


def task_draws(task: int, seed: np.random.SeedSequence) -> tuple[int, int, list[int]]:
    """Three draws from a generator made for this task alone from *seed*.

    Returns ``(task, pid, draws)``: the draws depend only on *seed*, not on
    which worker ran the task or what it ran before.

    >>> seed = np.random.SeedSequence(7)
    >>> task_draws(0, seed)[2] == task_draws(0, seed)[2]
    True
    """
    rng = np.random.default_rng(seed)
    return task, os.getpid(), rng.integers(10**6, size=3).tolist()
