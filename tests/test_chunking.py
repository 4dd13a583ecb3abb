"""Tests for mpguide.chunking: the batch worker of the chunking page."""

import pickle

from mpguide.chunking import square_batch


def test_square_batch_squares_in_order() -> None:
    assert square_batch([3, -2, 0, 5]) == [9, 4, 0, 25]


def test_square_batch_of_nothing() -> None:
    assert square_batch([]) == []


def test_square_batch_pickles_by_reference() -> None:
    assert pickle.loads(pickle.dumps(square_batch)) is square_batch
