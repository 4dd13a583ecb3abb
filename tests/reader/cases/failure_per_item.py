from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^map: ValueError\(\"invalid literal for int\(\) .*'seven'\"\), no results$",
            r"^per item: \[1, 2, \"bad 'seven'\", 4\]$",
        ),
    ),
]
