from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^get\(\) raised TaskFailed: disk full$",
            r"^  __cause__: RemoteTraceback, the worker's$",
            r"its last line: mpguide\.failures\.TaskFailed: disk full$",
        ),
    ),
    Case(
        id="uncaught",
        args=("--uncaught",),
        returncode=1,
        stderr=(
            r"^multiprocessing\.pool\.RemoteTraceback: $",
            r'^  File ".*mpguide[/\\]failures\.py", line \d+, in raise_error$',
            r"^The above exception was the direct cause of the following exception:$",
            r"^mpguide\.failures\.TaskFailed: disk full$",
        ),
    ),
]
