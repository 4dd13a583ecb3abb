from __future__ import annotations

import queue

import numpy as np

from mpguide.rng import draw_once, seed_in_parent, shared_rng, task_draws


def test_seed_in_parent_repeats_both_generators() -> None:
    seed_in_parent(5)
    first = (shared_rng.random(), np.random.random())
    seed_in_parent(5)
    assert (shared_rng.random(), np.random.random()) == first


def test_draw_once_puts_one_draw_per_generator() -> None:
    box: queue.Queue[dict[str, int]] = queue.Queue()
    draw_once(box)
    row = box.get_nowait()
    assert set(row) == {"random.Random instance", "random module", "numpy.random"}
    assert all(isinstance(value, int) for value in row.values())


def test_task_draws_depend_only_on_the_seed() -> None:
    seeds = np.random.SeedSequence(1).spawn(2)
    task, _, draws = task_draws(0, seeds[0])
    assert task == 0
    assert task_draws(5, seeds[0])[2] == draws
    assert task_draws(0, seeds[1])[2] != draws
