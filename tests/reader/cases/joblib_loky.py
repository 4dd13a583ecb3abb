from example_cases import Case

CASES = [
    Case(
        args=("--tasks", "4", "--limit", "20000"),
        # loky starts its own workers: the script has no --start-method.
        start_methods=(),
        stdout=(
            r"^joblib \d\S*, \d+ workers, 4 tasks$",
            (
                r"^serial \d+\.\d\d s, joblib \d+\.\d\d s: \d+\.\d\dx; "
                r"\d+\.\d\d ms per empty task$"
            ),
        ),
    ),
]
