import sys

from example_cases import Case

# A fork child is a copy of the parent: both seeded generators repeat in every
# child. The random module's own generator is reseeded after fork (os.register_at_fork
# in Lib/random.py). Spawn and forkserver children never see the parent's seeding.
#
# CPython 3.13.8 and 3.14.1 fixed the fork server's preload of the main module
# (gh-126631): from them on the server imports this script, and mpguide.worker_state with
# it, before it forks, so its children share one copy of shared_rng and repeat
# each other. Read from the source; the project's machines (3.10 to 3.13.0) have
# no such Python. Naming mpguide.worker_state in set_forkserver_preload() on 3.13.0 gave
# that repeat. NumPy 2 imports numpy.random only on first use, so whether the
# server made NumPy's global generator depends on the NumPy version: either way.
_MAIN_PRELOADED = sys.version_info >= (3, 14, 1) or (
    (3, 13, 8) <= sys.version_info < (3, 14)
)
_ROW = r"^{name} +\[\d+, \d+, \d+\]  {verdict}$"
_SAME, _DIFFERENT = "SAME in every child", "not all the same"
_EITHER = f"(?:{_SAME}|{_DIFFERENT})"
_FORKSERVER = (_SAME, _EITHER) if _MAIN_PRELOADED else (_DIFFERENT, _DIFFERENT)
# start method -> verdicts for the random.Random instance and for numpy.random
_INHERITS = {
    "fork": (_SAME, _SAME),
    "spawn": (_DIFFERENT, _DIFFERENT),
    "forkserver": _FORKSERVER,
}

CASES = [
    Case(
        id=method,
        start_methods=(method,),
        stdout=(
            _ROW.format(name=r"random\.Random instance", verdict=instance),
            _ROW.format(name="random module", verdict=_DIFFERENT),
            _ROW.format(name=r"numpy\.random", verdict=numpy),
        ),
    )
    for method, (instance, numpy) in _INHERITS.items()
]
