from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Process: exitcode 1, no exception in the parent$",
            (
                r"^Pool\.apply_async\(\)\.get\(\): ValueError: invalid literal for int\(\) "
                r"with base 10: 'seven' \(__cause__: multiprocessing\.pool\.RemoteTraceback\)$"
            ),
            # The printed chain: the worker's frames first, then the parent's.
            (
                r"(?s)^multiprocessing\.pool\.RemoteTraceback: \n\"\"\"\n"
                r"Traceback \(most recent call last\):\n.*in _to_int\n.*"
                r"^The above exception was the direct cause of the following exception:"
                r".*in main\n.*get\(timeout=60\)"
            ),
            (
                r"^Pool\.map\(\): ValueError: .*'seven' \(__cause__: "
                r"multiprocessing\.pool\.RemoteTraceback\)$"
            ),
            r"^per-item results: \[1, 2, \"bad 'seven'\", 4\]$",
            (
                r"^Future\.result\(\): ValueError: .*'seven' \(__cause__: "
                r"concurrent\.futures\.process\._RemoteTraceback\)$"
            ),
            r"^Future\.exception\(\): ValueError\(\"invalid literal",
        ),
        # Only the bare Process prints a traceback, on its own stderr.
        stderr=(
            r"^Process parser:$",
            r"^ValueError: invalid literal for int\(\) with base 10: 'seven'$",
        ),
    ),
]
