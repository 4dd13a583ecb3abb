from example_cases import Case

CASES = [
    Case(
        args=("--tasks", "4", "--limit", "20000", "--rounds", "2"),
        # loky starts its own workers: the script has no --start-method.
        start_methods=(),
        stdout=(
            r"^joblib \d\S*; workers: \d+; 4 tasks$",
            r"^median: serial \d+\.\d\d s, joblib \d+\.\d\d s;$",
            r"^\d+\.\d{3} ms per empty task$",
        ),
    ),
]
