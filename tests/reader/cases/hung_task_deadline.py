from example_cases import Case

# Task 2 sleeps 60 s against a 2 s deadline that starts once every task runs;
# the others need 0.1 s.
CASES = [
    Case(
        stdout=(
            (
                r"^task 0: result 0\.1, exit code 0\n"
                r"task 1: result 0\.1, exit code 0\n"
                r"task 2: terminated, exit code -15\n"
                r"task 3: result 0\.1, exit code 0$"
            ),
        ),
    ),
]
