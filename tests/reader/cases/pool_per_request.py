from example_cases import Case

# Counts differ by start method and Python; the shape and the child counts do not.
CASES = [
    Case(
        stdout=(
            r"^at start: +\d+ open files, 0 child processes$",
            r"^4 requests, 4 pools kept: +\d+ open files, 8 child processes$",
            r"^terminate\(\), join\(\), then dropped: +\d+ open files, 0 child processes$",
            r"^4 requests, one long-lived pool: +\d+ open files, 2 child processes$",
        ),
    ),
]
