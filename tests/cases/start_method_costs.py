from example_cases import Case

_ROW = r"^{} +\d+\.\d\d +\d+\.\dx$"

CASES = [
    Case(
        args=("--processes", "3", "--repeat", "2"),
        start_methods=(),
        stdout=(
            r"^2 batches of 3 trivial children per method; default here: \w+$",
            r"^method +ms per child +vs fastest$",
            # The fastest method is listed first, at 1.0x.
            r"^method.*\n\w+ +\d+\.\d\d +1\.0x$",
            _ROW.format("spawn"),
        ),
    ),
    Case(
        id="bad-size",
        args=("--processes", "0"),
        returncode=2,
        start_methods=(),
        stderr=(r"error: argument --processes: must be >= 1, got 0$",),
    ),
]
