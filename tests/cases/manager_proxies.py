from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^dict: \{'fork': 40, 'forkserver': 100, 'spawn': 50\}$",
            r"^nested list in the dict: \[\]$",
            r"^list proxy: \['fork', 'forkserver', 'spawn'\]$",
            r"^after storing it back: \['fork', 'forkserver', 'spawn'\]$",
        ),
    ),
]
