from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^server: listening on 127\.0\.0\.1:[1-9]\d*$",
            # The wrong key fails on both ends, and the server carries on.
            r"^client: wrong key rejected: AuthenticationError\(",
            r"^server: refused a client: AuthenticationError\(",
            r"^server: done$",
        ),
    ),
]
