from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Process: exitcode 1, no exception in the parent$",
            (
                r"^Pool: ValueError\(\"invalid literal for int\(\) with base 10: "
                r"'seven'\"\)\n  __cause__: <class 'multiprocessing\.pool\.RemoteTraceback'>$"
            ),
            # The printed chain: the worker's frames first, then the parent's.
            (
                r"(?s)^multiprocessing\.pool\.RemoteTraceback: \n\"\"\"\n"
                r"Traceback \(most recent call last\):\n.*in _to_int\n.*"
                r"^The above exception was the direct cause of the following exception:"
                r".*in main\n.*get\(timeout=60\)"
            ),
            (
                r"^Future: ValueError\(.*'seven'\"\)\n  __cause__: "
                r"<class 'concurrent\.futures\.process\._RemoteTraceback'>$"
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
