from example_cases import Case

CASES = [
    # A fork server started before the change keeps the old environment;
    # spawn and fork children see the parent's os.environ as it is at start().
    Case(
        id="spawn-fork",
        start_methods=("spawn", "fork"),
        stdout=(
            r"^(spawn|fork) child before the change: environ None, argument None$",
            r"^(spawn|fork) child after the change: environ 'fast', argument 'fast'$",
        ),
    ),
    Case(
        id="forkserver",
        start_methods=("forkserver",),
        stdout=(
            r"^forkserver child before the change: environ None, argument None$",
            r"^forkserver child after the change: environ None, argument 'fast'$",
        ),
    ),
]
