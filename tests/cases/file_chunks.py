from example_cases import Case

CASES = [
    Case(
        args=("--lines", "20000", "--chunks", "5"),
        stdout=(
            r"^file: 20,000 lines, [\d,]+ bytes, 5 chunks$",
            r"^  chunk: bytes +0 to +[\d,]+$",
            r"^words: [\d,]+ in all, 16 distinct$",
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
]
