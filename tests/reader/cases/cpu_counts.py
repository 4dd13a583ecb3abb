import sys

from example_cases import Case

_AFFINITY = (
    (r"^len\(os\.sched_getaffinity\(0\)\) +\d+ +1$",)
    if sys.platform.startswith("linux")
    else ()
)

CASES = [
    Case(
        stdout=(
            r"^Python 3\.\d+\.\d+\S* on \w+, PYTHON_CPU_COUNT=\(not set\)$",
            r"^ +here +in a child on one CPU$",
            r"^os\.cpu_count\(\) +\d+ +(\d+|-)$",
            r"^multiprocessing\.cpu_count\(\) +\d+ +(\d+|-)$",
            r"^os\.process_cpu_count\(\) +(\d+|None) +(\d+|None|-)$",
            r"^Pool\(\) workers +\d+ +(\d+|-)$",
            *_AFFINITY,
        ),
    ),
]
