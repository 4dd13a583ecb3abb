from example_cases import Case

# A fork child is a copy of the parent: both seeded generators repeat in every
# child. The random module's own generator is reseeded after fork (os.register_at_fork
# in Lib/random.py). Spawn and forkserver children never see the parent's seeding.
_ROW = r"^{name} +\[\d+, \d+, \d+\]  {verdict}$"
_SAME, _DIFFERENT = "SAME in every child", "not all the same"
_INHERITS = {"fork": _SAME, "spawn": _DIFFERENT, "forkserver": _DIFFERENT}

CASES = [
    Case(
        id=method,
        start_methods=(method,),
        stdout=(
            _ROW.format(name=r"random\.Random instance", verdict=verdict),
            _ROW.format(name="random module", verdict=_DIFFERENT),
            _ROW.format(name=r"numpy\.random", verdict=verdict),
        ),
    )
    for method, verdict in _INHERITS.items()
]
