from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^4 chunks of 100,000 rows, [\d,]+ bytes each pickled$",
            r"^4 summaries back, [\d,]+ bytes pickled each$",
            r"^ +sum +count$",
            # The frame comes from a fixed seed: the same table every run.
            r"^0 +148928 +99488$",
            r"^3 +150247 +100197$",
            r"^same as one serial pass: True$",
        ),
    ),
]
