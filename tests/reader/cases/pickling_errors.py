from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"^lambda:\n_pickle\.PicklingError: Can't pickle <function <lambda> at 0x"
                r"[0-9a-f]+>: attribute lookup <lambda> on __main__ failed$"
            ),
            # 3.13 says "get" where 3.10 to 3.12 say "pickle".
            (
                r"^local-function:\nAttributeError: Can't (pickle|get) local object "
                r"'main\.<locals>\.triple'$"
            ),
            r"^queue\.Queue:\nTypeError: cannot pickle '_thread\.lock' object$",
            r"^sqlite3:\nTypeError: cannot pickle 'sqlite3\.Connection' object$",
            r"^generator:\nTypeError: cannot pickle 'generator' object$",
            # 3.12 changed the wording for I/O objects.
            (
                r"^open-file:\nTypeError: cannot pickle "
                r"('_io\.TextIOWrapper' object|'TextIOWrapper' instances)$"
            ),
            (
                r"^process:\nTypeError: Pickling an AuthenticationString object is "
                r"disallowed for security reasons$"
            ),
            (
                r"^mp-queue:\nRuntimeError: Queue objects should only be shared between "
                r"processes through inheritance$"
            ),
            (
                r"^mp-lock:\nRuntimeError: Lock objects should only be shared between "
                r"processes through inheritance$"
            ),
            (
                r"^pool:\nNotImplementedError: pool objects cannot be passed between "
                r"processes or pickled$"
            ),
        ),
    ),
    Case(
        args=("--what", "generator"),
        id="one",
        stdout=(r"\Agenerator:\nTypeError: cannot pickle 'generator' object\n\Z",),
    ),
]
