from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^results: \[9592, 17984, 7\]$",
            # How often depends on the machine; that it ticked at all is the point.
            r"^the event loop ticked [1-9]\d* times while the pool worked$",
            # A call in the coroutine blocks the loop: the ticker never runs.
            r"^the event loop ticked 0 times while the coroutine worked$",
        ),
    ),
]
