from example_cases import Case

CLEAN_EXIT = (
    r"^parent: work is under way; pressing Ctrl-C$",
    r"^parent: KeyboardInterrupt$",
    r"^parent: 0 of 2 workers ended on their own$",
    r"^parent: terminating the pool$",
    r"^parent: workers stopped; exiting with status 130$",
)

CASES = [
    Case(returncode=130, stdout=CLEAN_EXIT),
    # The test runner starts each example in a session of its own, so the
    # script leads its process group, as under an interactive shell.
    Case(id="whole-group", args=("--whole-group",), returncode=130, stdout=CLEAN_EXIT),
]
