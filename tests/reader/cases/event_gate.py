from example_cases import Case

# Every "waiting" line comes before the parent opens the gate, and every
# "through" line after it; the order among the workers varies.
GATE = r"^parent: all 3 workers are waiting; opening the gate$"

CASES = [
    Case(
        stdout=(
            GATE,
            r"\A(?![\s\S]*" + GATE[1:-1] + r"[\s\S]*waiting at the gate)",
            r"\A(?![\s\S]*through the gate[\s\S]*" + GATE[1:-1] + ")",
            r"\A(?:[^\n]*\n){8}\Z",
            r"^worker-2: through the gate$",
            r"^parent: exit codes \[0, 0, 0\]$",
        ),
    ),
]
