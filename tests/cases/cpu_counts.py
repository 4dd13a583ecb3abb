import sys

from example_cases import Case

_COUNT = r"(\d+|not available on this Python/platform)"
_AFFINITY = (
    (
        r"^In a child restricted to CPU \d+:$",
        r"^  len\(os\.sched_getaffinity\(0\)\)\s+1$",
    )
    if sys.platform.startswith("linux")
    else ()
)

CASES = [
    Case(
        stdout=(
            r"^Python 3\.\d+\.\d+\S* on \w+$",
            r"^PYTHON_CPU_COUNT=\(not set\)$",
            rf"^  os\.cpu_count\(\)\s+{_COUNT}$",
            r"^  multiprocessing\.cpu_count\(\)\s+\d+$",
            rf"^  os\.process_cpu_count\(\)\s+{_COUNT}$",
            r"^  Pool\(\) workers\s+\d+$",
            r"^  ProcessPoolExecutor\(\) max\s+\d+$",
            r"^cgroup CPU quota: ",
            *_AFFINITY,
        ),
    ),
]
