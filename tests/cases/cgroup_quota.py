from example_cases import Case

CASES = [
    Case(
        # Reads files only: no child processes, no --start-method.
        start_methods=(),
        stdout=(
            (
                r"^(no cgroup CPU files found: no quota this script can read"
                r"|/sys/fs/cgroup/\S+: (no CPU quota|a quota of \d+(\.\d+)? CPUs))$"
            ),
        ),
    ),
]
