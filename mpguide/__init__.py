"""Workers, timers and machine stamps behind the mpguide examples.

Everything a child process runs lives in this importable package, so it can
be pickled by reference under every start method (spawn and forkserver import
the worker's module in the child; functions defined in ``__main__`` of an
interactive session cannot be found there).
"""

__version__ = "0.1.0"
