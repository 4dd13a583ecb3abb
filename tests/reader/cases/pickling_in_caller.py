from example_cases import Case

# AttributeError before 3.14, PicklingError since (with the cause chained).
ERROR = r"(?:PicklingError|AttributeError): Can't (?:pickle|get) "

CASES = [
    Case(
        stdout=(
            rf"\ASimpleQueue.put\(\) raised {ERROR}",
            rf"^Connection.send\(\) raised {ERROR}",
        ),
        start_methods=(),  # no child process: the example has no --start-method
    ),
]
