from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^Pool\(2, initializer=init_worker, maxtasksperchild=None\):$",
            r"^  task 0: pid \d+, label 'ready', its task #1$",
            # Without a limit, one or two long-lived workers share the six tasks.
            r"^  tasks per worker process: \[(6|[1-5], [1-5])\]$",
            r"^Pool\(2, initializer=init_worker, maxtasksperchild=2\):$",
            # Every worker, replacements included, ran the initializer.
            r"^  task 5: pid \d+, label 'ready', its task #[12]$",
            # Two tasks per worker at most, so six tasks need at least three.
            r"^  tasks per worker process: \[[12](, [12]){2,5}\]$",
        ),
    ),
]
