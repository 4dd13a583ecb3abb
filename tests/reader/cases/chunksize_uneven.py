from example_cases import Case

CASES = [
    Case(
        args=("--repeat", "1"),
        stdout=(
            r"^400 tasks, 8 slow \(in the first half\), 2 workers$",
            r"^chunksize +median s +vs best$",
            r"^1 +\d+\.\d{3} +\d+\.\d\d$",
            r"^10 +\d+\.\d{3} +\d+\.\d\d$",
            r"^50 \(default\) +\d+\.\d{3} +\d+\.\d\d$",
            r"^200 \(one per worker\) +\d+\.\d{3} +\d+\.\d\d$",
            r"^serial, no pool +\d+\.\d{3} +\d+\.\d\d$",
        ),
    ),
    Case(
        id="small",
        args=("--tasks", "40", "--slow-limit", "1000", "--repeat", "1"),
        stdout=(
            r"^40 tasks, 1 slow ",
            r"^20 \(one per worker\)",
        ),
    ),
]
