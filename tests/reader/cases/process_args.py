from example_cases import Case

CASES = [
    Case(
        stdout=(
            r'^args=\("firstone"\)\s+-> exitcode 1$',
            r"^hello, firstone!$",
            r'^args=\("firstone",\)\s+-> exitcode 0$',
            r"^hello, secondone\?$",
            r"^with kwargs\s+-> exitcode 0$",
        ),
        stderr=(
            (
                r"TypeError: greet\(\) takes from 1 to 2 positional arguments "
                r"but 8 were given$"
            ),
        ),
    ),
]
