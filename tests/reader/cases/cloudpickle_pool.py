from example_cases import Case

CASES = [
    Case(
        stdout=(
            # Local objects: AttributeError up to 3.13, PicklingError in 3.14.
            r"^lambda +standard pickle: (?:AttributeError|PicklingError)$",
            r"^lambda +cloudpickle: +\d+ bytes, f\(3\) = 9$",
            r"^closure +standard pickle: (?:AttributeError|PicklingError)$",
            r"^closure +cloudpickle: +\d+ bytes, f\(3\) = 13$",
        ),
    ),
]
