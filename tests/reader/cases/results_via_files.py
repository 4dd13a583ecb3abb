from example_cases import Case

CASES = [
    Case(
        args=("--tasks", "2", "--megabytes", "2"),
        stdout=(
            r"^2 tasks, 2 MB each$",
            r"^the data +4,000,\d{3} +\d+\.\d{3}$",
            r"^a path +\d{2,3} +\d+\.\d{3}$",
            r"^the pool carried [\d,]+ times fewer bytes$",
            r"^same bytes either way: True$",
        ),
    ),
]
