"""Workers for the pandas examples: a chunk of a DataFrame in, a summary out.

Needs pandas (``pip install "mpguide[arrays]"``); the rest of ``mpguide`` does
not import this module.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["summarize"]


def summarize(chunk: pd.DataFrame) -> pd.DataFrame:
    """The total and the row count of ``value`` for each ``key`` in *chunk*.

    Both add up across chunks: concatenate the chunks' summaries and sum them
    again by key to get the summary of the whole table.

    >>> summarize(pd.DataFrame({"key": [1, 2, 1], "value": [10, 20, 30]})).to_dict()
    {'sum': {1: 40, 2: 20}, 'count': {1: 2, 2: 1}}
    """
    return chunk.groupby("key")["value"].agg(["sum", "count"])
