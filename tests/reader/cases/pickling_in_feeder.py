from example_cases import Case

# AttributeError before 3.14, PicklingError since (with the cause chained).
ERROR = r"(?:PicklingError|AttributeError): Can't (?:pickle|get) "

CASES = [
    Case(
        stdout=(
            r"\AQueue.put\(\) returned normally$",
            r"^Queue.get\(\) received 'a picklable message': the function",
        ),
        stderr=(r"in _feed$", rf"^(?:_pickle\.|pickle\.)?{ERROR}"),
        start_methods=(),  # no child process: the example has no --start-method
    ),
]
