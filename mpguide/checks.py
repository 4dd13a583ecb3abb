"""Argument checks shared by the workers and helpers.

A wrong argument should fail at once with a message in the caller's terms,
not as a confusing error deep inside a child process.
"""

from __future__ import annotations

import math

__all__ = ["check_int", "check_seconds", "check_str"]


def check_int(name: str, value: object, *, minimum: int | None = 0) -> int:
    """*value* as an int of at least *minimum* (any int if None), or an error.

    >>> check_int("workers", 2, minimum=1)
    2
    >>> check_int("workers", True)
    Traceback (most recent call last):
      ...
    TypeError: workers must be an int, not bool
    """
    # bool is a subclass of int, but passing True for a count is a mistake.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def check_seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    """*value* as a finite number of seconds, > 0 (or >= 0 with *allow_zero*).

    >>> check_seconds("timeout", 0.5)
    0.5
    >>> check_seconds("timeout", 0)
    Traceback (most recent call last):
      ...
    ValueError: timeout must be a finite number > 0, got 0
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be a finite number {bound}, got {value}")
    return value


def check_str(name: str, value: object) -> str:
    """*value* if it is a str, else a TypeError naming *name*."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value
