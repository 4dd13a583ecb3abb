from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Pool\.map \+ partial: +\[3\.5, 6\.5, 9\.5\]$",
            r"^Pool\.starmap: +\[10\.0, 40\.0\]$",
            r"^Pool\.map \+ wrapper: +\[1\.25, 10\.0\]$",
            r"^Pool\.apply_async kwds: +9$",
            # Raised in the worker: the item goes to x, which partial also set.
            r"^partial\(scale, x=10\): +TypeError: .*multiple values for argument 'x'$",
            r"^Executor\.map \+ partial: \[3\.5, 6\.5, 9\.5\]$",
            r"^Executor\.map, 2 lists: +\[10\.0, 40\.0, 90\.0\]$",
        ),
    ),
]
