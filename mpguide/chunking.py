"""Workers for the "Chunking and task size" page.

The examples time ``Pool.map`` at many chunk sizes themselves
(``chunksize_sweep.py``, ``chunksize_by_hand.py``, ``chunksize_uneven.py``);
this module holds only the batch task that one of them hands to its workers.
"""

__all__ = ["square_batch"]


def square_batch(batch: list[int]) -> list[int]:
    """Square every number in *batch*: one task that does a whole batch.

    The worker loops over its list itself, so a batch costs one round trip
    between processes however many numbers it holds, just as one chunk of
    ``Pool.map`` does.

    >>> square_batch([1, 2, 3])
    [1, 4, 9]
    """
    return [x * x for x in batch]
