from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^(Spawn|Fork|ForkServer)Process-1 created alive=False pid=None\s+exitcode=None$",
            r"^(Spawn|Fork|ForkServer)Process-1 started alive=True  pid=\d+\s+exitcode=None$",
            r"^(Spawn|Fork|ForkServer)Process-1 joined  alive=False pid=\d+\s+exitcode=0$",
            r"^after close\(\): ValueError: process object is closed$",
        ),
    ),
]
