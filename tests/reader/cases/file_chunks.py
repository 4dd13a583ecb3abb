from example_cases import Case

CASES = [
    Case(
        args=("--lines", "20000", "--chunks", "5"),
        stdout=(
            r"^file: 20,000 lines, [\d,]+ bytes, 5 chunks$",
            r"^  chunk: bytes +0 to +[\d,]+$",
            r"^words: [\d,]+ in all, 8 distinct$",
            r"^parallel count equals serial count: True$",
        ),
    ),
    Case(
        id="more-chunks-than-lines",
        args=("--lines", "3", "--chunks", "8"),
        stdout=(
            r"^file: 3 lines, \d+ bytes, [1-3] chunks$",
            r"^parallel count equals serial count: True$",
        ),
    ),
    Case(
        id="many-chunks",
        args=("--lines", "300", "--chunks", "1000"),
        stdout=(r"^parallel count equals serial count: True$",),
        start_methods=("spawn",),
    ),
    Case(
        id="empty-file",
        args=("--lines", "0", "--chunks", "4"),
        stdout=(
            r"^file: 0 lines, 0 bytes, 0 chunks$",
            r"^parallel count equals serial count: True$",
        ),
        start_methods=("spawn",),
    ),
]
