from example_cases import Case

CASES = [
    # The test runner makes stdout line-buffered in every process (as a
    # terminal would), so without --flush both orders are possible here; the
    # docs page runs it through a plain pipe to show the buffered order.
    Case(
        id="default",
        stdout=(
            r"^child: this line was printed first$",
            r"^parent: this line was printed second$",
        ),
    ),
    Case(
        id="flush",
        args=("--flush",),
        stdout=(
            r"^child: this line was printed first\nparent: this line was printed second$",
        ),
    ),
]
