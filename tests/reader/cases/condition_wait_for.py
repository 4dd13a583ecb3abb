from example_cases import Case

CASES = [
    Case(
        stdout=(
            # A consumer prints only once enough items exist.
            r"^producer: item 1 ready, notifying$[\s\S]*^consumer-a: wanted 1, saw [123]$",
            r"^producer: item 3 ready, notifying$[\s\S]*^consumer-b: wanted 3, saw 3$",
            (
                r"^producer: done; starting two late consumers\n"
                r"consumer-c: wanted 2, saw 3\n"
                r"consumer-d: wanted 4, gave up after 0\.5 s with 3\n"
                r"exit codes \[0, 0, 0, 0\]$"
            ),
        ),
    ),
]
