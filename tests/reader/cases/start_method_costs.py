from example_cases import Case

_ROW = r"^{} +\d+\.\d\d +\d+\.\dx$"

CASES = [
    Case(
        args=("--processes", "3", "--rounds", "2"),
        start_methods=(),
        stdout=(
            r"^median of 2 batches of 3 children that do nothing$",
            r"^method +ms per child +vs fastest$",
            # The fastest method is listed first, at 1.0x.
            r"^method.*\n\w+ +\d+\.\d\d +1\.0x$",
            _ROW.format("spawn"),
        ),
    ),
]
