from example_cases import Case

ROWS = (
    "Value\\(lock=False\\)",
    "Value, get_lock\\(\\)",
    "SharedMemory",
    "Manager dict",
)

CASES = [
    Case(
        args=("--scale", "0.05", "--repeat", "1"),
        stdout=(
            r"^mechanism +ns/update +vs local int$",
            r"^local int +[\d,]+ +1\.0x$",
            *(rf"^{row} +[\d,]+ +[\d,]+\.\dx$" for row in ROWS),
        ),
    ),
]
