"""What the documentation build needs and a reader does not.

``mpguide`` is the package readers install: the workers the examples run.
This package serves only the build and the tests: it runs the examples as
real processes (:mod:`mpdocs.runner`) and stamps their output with the
machine that produced it (:mod:`mpdocs.stamp`).
"""

from mpdocs.runner import Markdown, outputs_note, run_example, show_example
from mpdocs.stamp import machine_stamp, usable_cpus

__all__ = [
    "Markdown",
    "machine_stamp",
    "outputs_note",
    "run_example",
    "show_example",
    "usable_cpus",
]
