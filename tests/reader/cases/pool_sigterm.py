from example_cases import Case

# How many tasks were queued, handed over or finished depends on timing;
# that every one is accounted for, and the exit status, do not.
STOPPED = (
    r"^SIGTERM: no new tasks; \d+ queued tasks cancelled$",
    r"^stopped: exit status 0$",
)

CASES = [
    Case(
        id="clean",
        stdout=(*STOPPED, r"^(\d+) of \1 tasks handed to the workers finished$"),
    ),
    # The hung task sleeps for 60 s: far past the 2 s deadline on any machine.
    Case(
        id="hang",
        args=("--hang", "--grace", "2"),
        stdout=(
            *STOPPED,
            r"^\d+ of \d+ tasks handed to the workers finished$",
            r"^deadline passed: killed the workers; [1-9]\d* tasks lost$",
        ),
    ),
]
