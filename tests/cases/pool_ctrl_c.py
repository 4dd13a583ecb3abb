from example_cases import Case

CLEAN_EXIT = (
    r"^parent: work is under way; pressing Ctrl-C$",
    r"^parent: KeyboardInterrupt; terminating the pool$",
    r"^parent: workers stopped; exiting with status 130$",
)

CASES = [
    Case(returncode=130, stdout=CLEAN_EXIT),
    # The test runner starts each example in a session of its own, so the
    # script leads its process group, as under an interactive shell.
    Case(id="whole-group", args=("--whole-group",), returncode=130, stdout=CLEAN_EXIT),
    Case(
        id="workers-see-sigint",
        args=("--whole-group", "--workers-see-sigint"),
        returncode=130,
        stdout=CLEAN_EXIT,
        # Workers die mid-task on KeyboardInterrupt and are terminated while
        # they print, so how much of their tracebacks appears varies by run:
        # any stderr is accepted here (the exit status and stdout still count).
        stderr=(r"(?s)\A.*\Z",),
    ),
]
