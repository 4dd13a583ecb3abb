from example_cases import Case

CASES = [
    Case(
        # Reads files only: no child processes, no --start-method.
        start_methods=(),
        stdout=(
            # The files read, from this process's own cgroup up to the root.
            r"^cgroup CPU files read: (none|/sys/fs/cgroup/\S+(, /sys/fs/cgroup/\S+)*)$",
            r"^quota: (none|\d+(\.\d+)?(e[+-]\d+)? CPUs, in /sys/fs/cgroup/\S+)$",
        ),
    ),
]
