from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^callback: 49$",
            r"^error_callback: TaskFailed\(disk full\)$",
            r"^get\(timeout=0\.2\): multiprocessing\.TimeoutError; ready\(\) is False$",
            r"^get\(timeout=30\) later: 1\.5$",
            r"^get\(\) raised TaskFailed: disk full$",
            r"^  __cause__: RemoteTraceback, the worker's$",
            r"its last line: mpguide\.workers\.TaskFailed: disk full$",
            r"^square\(10\) = 100$",
            r"subclasses builtin TimeoutError: False$",
        ),
    ),
    Case(
        id="uncaught",
        args=("--uncaught",),
        returncode=1,
        stdout=(r"^get\(timeout=30\) later: 1\.5$",),
        stderr=(
            r"^multiprocessing\.pool\.RemoteTraceback: $",
            r'^  File ".*mpguide[/\\]workers\.py", line \d+, in raise_error$',
            r"^The above exception was the direct cause of the following exception:$",
            r"^mpguide\.workers\.TaskFailed: disk full$",
        ),
    ),
]
