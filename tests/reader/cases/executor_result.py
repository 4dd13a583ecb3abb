from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^result\(timeout=0\.2\): TimeoutError; done\(\) is False$",
            r"^result\(timeout=30\) later: 1\.5$",
            r"^result\(\) raised TaskFailed: disk full \(__cause__: _RemoteTraceback\)$",
        ),
    ),
]
