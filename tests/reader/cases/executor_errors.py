import sys

from example_cases import Case

# 3.10 names the class by its home module; 3.11 made it the built-in TimeoutError.
TIMEOUT = (
    "concurrent.futures._base.TimeoutError"
    if sys.version_info < (3, 11)
    else "TimeoutError"
)
INITIALIZER = (
    r"^Exception in initializer:\nTraceback \(most recent call last\):\n"
    r"(?:.*\n)*?ConnectionError: could not reach the database$"
)
COMMON = (
    r"^submit-after-with:\nRuntimeError: cannot schedule new futures after shutdown$",
    rf"^result-too-late:\n{TIMEOUT}$",
    rf"^as-completed-too-late:\n{TIMEOUT}: 2 \(of 2\) futures unfinished$",
    (
        r"^failing-initializer:\nconcurrent\.futures\.process\.BrokenProcessPool: "
        r"A process in the process pool was terminated abruptly while the future "
        r"was running or pending\.$"
    ),
)
if sys.version_info < (3, 11):  # no max_tasks_per_child before 3.11
    REFUSED = ACCEPTED = (
        r"^max-tasks-with-fork:\nTypeError: ProcessPoolExecutor\.__init__\(\) got an "
        r"unexpected keyword argument 'max_tasks_per_child'$"
    )
else:
    REFUSED = (
        r"^max-tasks-with-fork:\nValueError: max_tasks_per_child is incompatible "
        r"with the 'fork' multiprocessing start method; supply a different "
        r"mp_context\.$"
    )
    ACCEPTED = r"^max-tasks-with-fork:\n  accepted: 4$"

CASES = [
    Case(
        id="fork",
        start_methods=("fork",),
        stdout=(*COMMON, REFUSED),
        stderr=(INITIALIZER,),
    ),
    Case(
        id="not-fork",
        start_methods=("spawn", "forkserver"),
        stdout=(*COMMON, ACCEPTED),
        stderr=(INITIALIZER,),
    ),
]
