from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^  sent 'queue', received 'QUEUE'\n  sent 'pipe', received 'PIPE'$",
            r"^  poll\(0.1\) after the child closed: True",
            r"^  the receiving end cannot send: connection is read-only$",
            r"^  received \{'line': 2, 'square': 4\}\n  EOFError: ",
            r"^  child exit code 0\none-way: Pipe\(duplex=False\)$",
            r"^  child exit code 0\n\Z",
        ),
    ),
]
