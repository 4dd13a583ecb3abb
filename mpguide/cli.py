"""The command line every example shares: ``--start-method`` and friends.

Example scripts build their parser here so that a wrong start method gets the
same clear, one-line error and exit status 2 everywhere.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from typing import NoReturn

__all__ = [
    "START_METHODS",
    "ExampleParser",
    "example_parser",
    "non_negative_int",
    "positive_float",
    "positive_int",
]

#: Every start method CPython knows; a platform offers a subset of them.
START_METHODS = ("spawn", "fork", "forkserver")

#: The exit status for a bad command line, as argparse and most shells use.
USAGE_ERROR = 2


class ExampleParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are a single line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message}\n")


def _start_method_problem(value: str) -> str | None:
    """Why *value* cannot be used as a start method here, or None if it can."""
    if value not in START_METHODS:
        return (
            f"unknown start method {value!r} (choose from {', '.join(START_METHODS)})"
        )
    available = multiprocessing.get_all_start_methods()
    if value not in available:
        return (
            f"start method {value!r} is not available on {sys.platform} "
            f"(available: {', '.join(available)})"
        )
    return None


def _start_method(value: str) -> str:
    problem = _start_method_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value


def _number(text: str, kind: type[int | float], minimum: float, strict: bool) -> float:
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid {kind.__name__} value: {text!r}"
        ) from None
    if value < minimum or (strict and value == minimum):
        bound = f"> {minimum:g}" if strict else f">= {minimum:g}"
        raise argparse.ArgumentTypeError(f"must be {bound}, got {text}")
    return value


def positive_int(text: str) -> int:
    """An argparse ``type``: an int of at least 1.

    >>> positive_int("3")
    3
    """
    return int(_number(text, int, 1, strict=False))


def non_negative_int(text: str) -> int:
    """An argparse ``type``: an int of at least 0."""
    return int(_number(text, int, 0, strict=False))


def positive_float(text: str) -> float:
    """An argparse ``type``: a number greater than 0."""
    return _number(text, float, 0, strict=True)


def example_parser(
    description: str | None, *, start_method: str | None = "spawn"
) -> ExampleParser:
    """A parser for an example script.

    With *start_method* set, the parser takes ``--start-method`` with that
    default. Pass ``None`` for examples where the start method does not matter.
    """
    summary = (description or "").strip().splitlines()
    parser = ExampleParser(description=summary[0] if summary else None)
    if start_method is not None:
        problem = _start_method_problem(start_method)
        if problem:
            raise ValueError(f"bad default: {problem}")
        parser.add_argument(
            "--start-method",
            type=_start_method,
            default=start_method,
            metavar="{" + ",".join(START_METHODS) + "}",
            help=f"how to start child processes (default: {start_method})",
        )
    return parser
