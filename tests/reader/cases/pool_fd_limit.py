from example_cases import Case

# How many pools fit under 64 open files depends on the start method and the
# Python; that the next one fails with EMFILE does not. No forkserver: a
# request to the fork server that fails halfway stops the fork server too.
CASES = [
    Case(
        start_methods=("spawn", "fork"),
        stdout=(
            r"^request ([2-9]|\d\d+): OSError: \[Errno 24\] Too many open files$",
            r"^\d+ pools had used up 64 open files$",
        ),
    ),
]
