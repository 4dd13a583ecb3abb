from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^map      squares: \[0, 1, 4, 9, 16, 25, 36, 49\]$",
            r"^starmap  powers:  \[8, 9, 1\]$",
            # map returns the whole list at once, in input order.
            r"^map             0\.8 at [\d.]+ s, 0\.1 at [\d.]+ s, 0\.4 at [\d.]+ s$",
            # imap keeps input order, whatever order the tasks finish in.
            r"^imap            0\.8 at [\d.]+ s, 0\.1 at [\d.]+ s, 0\.4 at [\d.]+ s$",
            # imap_unordered yields in completion order: shortest wait first.
            r"^imap_unordered  0\.1 at [\d.]+ s, 0\.4 at [\d.]+ s, 0\.8 at [\d.]+ s$",
        ),
    ),
]
