from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^default name: (Spawn|Fork|ForkServer)Process-1$",
            r"^created  alive=False pid=None\s+exitcode=None$",
            r"^started  alive=True  pid=\d+\s+exitcode=None$",
            r"^joined   alive=False pid=\d+\s+exitcode=0$",
            r"^after close\(\): ValueError: process object is closed$",
        ),
    ),
]
