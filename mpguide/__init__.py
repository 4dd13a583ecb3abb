"""The worker functions that the mpguide examples run in child processes.

Each example on the site is a complete script that imports only these
functions: the multiprocessing code, the timing loops and the output are in
the example itself. The workers live in an installable package so that the
guide's pages, which are notebooks, can run them in child processes under
every start method: a child started with *spawn* or *forkserver* imports a
worker by its module and name, and a function defined in a notebook cell or at
the REPL has no module it can be imported from. In a script of your own,
functions defined in the script work as well.
"""

__version__ = "0.1.0"
