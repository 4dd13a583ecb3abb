from example_cases import Case

CASES = [
    Case(
        start_methods=(),
        stdout=(
            (
                r"^--- shout defined in the session ---\n"
                r"no result after 5 s: the tasks died with their workers\n"
                r"worker error: AttributeError: Can't get attribute 'shout' "
                r"on <module '__main__'.*\nexit status 1$"
            ),
            (
                r"^--- shout imported from mpguide.tasks ---\n"
                r"\['SPAWN!', 'FORK!'\]\nexit status 0$"
            ),
        ),
    ),
]
