from example_cases import Case

ROLL_CALL = (
    (
        r"^  Pool worker: still running\n  Pool worker: still running\n"
        r"  Process: still running\n  daemonic Process: still running$"
    ),
)
ENDED = (
    r"^sent SIGKILL to the middle process$",
    r"^every child has ended$",
    r"^middle process: exit code -9$",
)
# Under spawn and forkserver the killed middle process never unlinked its
# pool's semaphores; the resource tracker does, and says so, once the run ends.
TRACKER = (
    (
        r"resource_tracker: There appear to be \d+ leaked semaphore objects "
        r"to clean up at shutdown"
    ),
)
WATCHED = (
    r"^(started: Pool worker watching parent_process\(\)\.sentinel\n){2}",
    r"^started: Process watching parent_process\(\)\.sentinel$",
)

CASES = [
    Case(id="orphans", start_methods=("fork",), stdout=(*ROLL_CALL, *ENDED)),
    Case(
        id="orphans",
        start_methods=("spawn", "forkserver"),
        stdout=(*ROLL_CALL, *ENDED),
        stderr=TRACKER,
        tracker_cleanup=True,
    ),
    Case(
        id="fixed",
        args=("--fixed",),
        start_methods=("fork",),
        stdout=(*WATCHED, r"^started: daemonic Process with PR_SET_PDEATHSIG$", *ENDED),
    ),
    Case(
        id="fixed",
        args=("--fixed",),
        start_methods=("spawn",),
        stdout=(*WATCHED, r"^started: daemonic Process with PR_SET_PDEATHSIG$", *ENDED),
        stderr=TRACKER,
        tracker_cleanup=True,
    ),
    # The kernel would watch the fork server, which outlives the middle
    # process: the child falls back to watching its parent's sentinel.
    Case(
        id="fixed",
        args=("--fixed",),
        start_methods=("forkserver",),
        stdout=(
            *WATCHED,
            (
                r"^started: daemonic Process without PR_SET_PDEATHSIG \(forked by "
                r"a fork server\), watching parent_process\(\)\.sentinel$"
            ),
            *ENDED,
        ),
        stderr=TRACKER,
        tracker_cleanup=True,
    ),
]
