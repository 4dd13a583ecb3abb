from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"^available here: (fork|spawn|forkserver)(, (fork|spawn|forkserver))* "
                r"\(default: (fork|spawn|forkserver)\)$"
            ),
            r"^global method before any choice: None$",
            # The context keeps its method whatever happens to the global one.
            (
                r"^get_context\('(\w+)'\) -> context for '\1'$(?s:.*)"
                r"^the context still says: '\1'$"
            ),
            r"^global method is still: None$",
            r"^set_start_method\('(\w+)'\) -> global method '\1'$",
            (
                r"^set_start_method\('\w+'\) again -> "
                r"RuntimeError: context has already been set$"
            ),
            r"^set_start_method\('(\w+)', force=True\) -> global method '\1'$",
        ),
    ),
]
