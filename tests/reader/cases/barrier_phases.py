from example_cases import Case

CASES = [
    Case(
        stdout=(
            # No phase-1 line after any phase-2 line.
            r"\A(?![\s\S]*: phase 2 starts[\s\S]*: phase 1 done)",
            r"^worker-0: phase 1 done$",
            r"^worker-2: phase 1 done$",
            r"^worker-0: phase 2 starts$",
            r"^worker-2: phase 2 starts$",
            r"^worker-\d: everyone is through the barrier$",
            r"^parent: exit codes \[0, 0, 0\]$",
        ),
    ),
    Case(
        id="five",
        args=("--workers", "5"),
        stdout=(
            r"\A(?![\s\S]*: phase 2 starts[\s\S]*: phase 1 done)",
            r"^worker-4: phase 2 starts$",
        ),
    ),
]
