from example_cases import Case

CASES = [
    # stderr must stay empty: the first task's TaskFailed is never reported.
    Case(
        stdout=(
            r"^the pool finished without a word about 'lost'$",
            r"^error_callback got: \[TaskFailed\('seen'\)\]$",
        ),
    ),
]
