from example_cases import Case

CASES = [
    Case(
        stdout=(
            # Bound to the loopback interface only, on a port the system chose.
            r"^server: listening on 127\.0\.0\.1:[1-9]\d*$",
            r"^server: client authenticated$",
            r"^client: 'hello server' has 2 words$",
            r"^client: 'how many words are in this line' has 7 words$",
            r"^client: '' has 0 words$",
            r"^server: done$",
        ),
    ),
]
